package org.taiwa.purchase.internal;

import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.taiwa.purchase.CampaignStatus;
import org.taiwa.purchase.SignUp.Placement;

/**
 * First come without transactions (docs/decisions/0015-joint-purchase.md): a sign-up is inserted
 * {@code REQUESTED}, then its tonnes are claimed on the campaign document by ONE conditional update
 * ({@code status OPEN, remainingTonnes ≥ t, no claim of this sign-up yet}); claimed → {@code CONFIRMED}, else
 * {@code WAITLISTED}. Releasing is one conditional update too, and then the waitlist is promoted in sequence
 * order, each request whole if it fits (a later smaller one may pass a larger one, as in {@code Allocator}).
 * {@code remainingTonnes} can never go below zero because every decrement is conditioned on it.
 *
 * <p>A crash between the steps leaves a sign-up {@code REQUESTED}, or a withdrawn one holding a claim;
 * {@link #repair} puts either right from the campaign's claims, on read and from the sweep. Every step is
 * conditioned on the state it expects, so a repair racing the request it repairs does no harm.
 */
@Component
class FirstCome {

    private final MongoTemplate mongo;
    private final PurchaseStore store;

    FirstCome(PurchaseStore store) {
        this.store = store;
        this.mongo = store.mongo();
    }

    /** Claims the tonnes for the sign-up if the campaign is open, has them left and holds no claim of it yet. */
    boolean claim(String campaignId, String signUpId, long tonnes) {
        var query = Query.query(Criteria.where("_id").is(campaignId).and(CampaignDocument.STATUS)
                .is(CampaignStatus.OPEN).and(CampaignDocument.REMAINING).gte(tonnes)
                .and(CampaignDocument.CLAIM_SIGN_UP).ne(signUpId));
        var update = new Update().inc(CampaignDocument.REMAINING, -tonnes)
                .push(CampaignDocument.CLAIMS, new Document("signUpId", signUpId).append("tonnes", tonnes));
        return mongo.updateFirst(query, update, CampaignDocument.class).getModifiedCount() == 1;
    }

    /** Gives the sign-up's claim back, whatever its size; false if it held none. */
    boolean release(String campaignId, String signUpId) {
        for (int attempt = 0; attempt < 5; attempt++) {
            long held = store.campaign(campaignId).claimed(signUpId);
            if (held == 0 && !store.campaign(campaignId).hasClaim(signUpId)) {
                return false;
            }
            var query = Query.query(Criteria.where("_id").is(campaignId).and(CampaignDocument.CLAIMS)
                    .elemMatch(Criteria.where("signUpId").is(signUpId).and("tonnes").is(held)));
            var update = new Update().inc(CampaignDocument.REMAINING, held)
                    .pull(CampaignDocument.CLAIMS, new Document("signUpId", signUpId));
            if (mongo.updateFirst(query, update, CampaignDocument.class).getModifiedCount() == 1) {
                return true;
            }
        }
        throw new IllegalStateException("claim of " + signUpId + " keeps changing");
    }

    /**
     * Changes the size of a held claim from {@code from} to {@code to}: growing needs the difference left and the
     * campaign open, shrinking always succeeds.
     */
    boolean resize(String campaignId, String signUpId, long from, long to) {
        var criteria = Criteria.where("_id").is(campaignId).and(CampaignDocument.CLAIMS)
                .elemMatch(Criteria.where("signUpId").is(signUpId).and("tonnes").is(from));
        if (to > from) {
            criteria.and(CampaignDocument.STATUS).is(CampaignStatus.OPEN).and(CampaignDocument.REMAINING)
                    .gte(to - from);
        }
        var update = new Update().inc(CampaignDocument.REMAINING, from - to).set("claims.$.tonnes", to);
        return mongo.updateFirst(Query.query(criteria), update, CampaignDocument.class).getModifiedCount() == 1;
    }

    /**
     * Places a {@code REQUESTED} or {@code WAITLISTED} sign-up: confirmed if its tonnes are (or were, before a
     * crash) claimed, otherwise waitlisted if it was only requested.
     *
     * @return the sign-up as stored afterwards
     */
    SignUpDocument place(SignUpDocument signUp) {
        boolean claimed = claim(signUp.campaignId(), signUp.id(), signUp.tonnes())
                || store.campaign(signUp.campaignId()).claimed(signUp.id()) == signUp.tonnes();
        if (claimed) {
            return confirm(signUp);
        }
        SignUpDocument waiting = store.changeIf(Criteria.where("_id").is(signUp.id())
                .and(SignUpDocument.PLACEMENT).is(Placement.REQUESTED), Update.update(SignUpDocument.PLACEMENT,
                Placement.WAITLISTED));
        return waiting != null ? waiting : store.signUp(signUp.id());
    }

    private SignUpDocument confirm(SignUpDocument signUp) {
        SignUpDocument confirmed = store.changeIf(Criteria.where("_id").is(signUp.id())
                .and(SignUpDocument.WITHDRAWN).is(false).and(SignUpDocument.TONNES).is(signUp.tonnes())
                .and(SignUpDocument.PLACEMENT).in(Placement.REQUESTED, Placement.WAITLISTED),
                Update.update(SignUpDocument.PLACEMENT, Placement.CONFIRMED));
        if (confirmed != null) {
            return confirmed;
        }
        SignUpDocument now = store.signUp(signUp.id());
        if (now.placement() != Placement.CONFIRMED || now.withdrawn()) {
            // withdrawn or changed while we claimed: the claim is nobody's
            release(signUp.campaignId(), signUp.id());
            return store.signUp(signUp.id());
        }
        return now;
    }

    /** Confirms waiting sign-ups in sequence order, each whole if it fits in what is left. */
    void promote(String campaignId) {
        List<SignUpDocument> waiting = mongo.find(Query.query(Criteria.where(SignUpDocument.CAMPAIGN).is(campaignId)
                .and(SignUpDocument.PLACEMENT).is(Placement.WAITLISTED).and(SignUpDocument.WITHDRAWN).is(false))
                .with(Sort.by(SignUpDocument.SEQUENCE)), SignUpDocument.class);
        for (SignUpDocument signUp : waiting) {
            CampaignDocument campaign = store.campaign(campaignId);
            if (campaign.status() != CampaignStatus.OPEN || campaign.remainingTonnes() == 0) {
                return;
            }
            if (signUp.tonnes() <= campaign.remainingTonnes() && claim(campaignId, signUp.id(), signUp.tonnes())) {
                confirm(signUp);
            }
        }
    }

    /**
     * Puts right what a crash may have left: a withdrawn sign-up that still holds a claim gives it back (and the
     * waitlist moves up), a {@code REQUESTED} one is placed.
     */
    SignUpDocument repair(SignUpDocument signUp) {
        if (signUp.withdrawn()) {
            if (store.campaign(signUp.campaignId()).hasClaim(signUp.id()) && release(signUp.campaignId(), signUp.id())) {
                promote(signUp.campaignId());
            }
            return signUp;
        }
        return signUp.placement() == Placement.REQUESTED ? place(signUp) : signUp;
    }
}
