package org.taiwa.purchase.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.taiwa.purchase.PurchaseNotFoundException;

/**
 * The purchase collections. Indexes are created before any service or seeder runs: the two unique ones on
 * {@code sign_ups} are rules (one sign-up per campaign and municipality; one per campaign and idempotency key),
 * the one on {@code municipality} is for MongoDB only (the embedded server scans).
 */
@Component
class PurchaseStore implements InitializingBean {

    /** The key a sign-up without an {@code Idempotency-Key} gets, so that the unique index needs no sparse. */
    static final String NO_KEY_PREFIX = "none:";

    private final MongoTemplate mongo;

    PurchaseStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var signUps = mongo.indexOps(SignUpDocument.COLLECTION);
        signUps.createIndex(new Index().on(SignUpDocument.CAMPAIGN, Sort.Direction.ASC)
                .on(SignUpDocument.MUNICIPALITY, Sort.Direction.ASC).unique().named("campaign_municipality"));
        // a compound sparse index still indexes documents without the key (campaignId is always there), so
        // every sign-up carries a key: the client's, or NO_KEY_PREFIX + its id
        signUps.createIndex(new Index().on(SignUpDocument.CAMPAIGN, Sort.Direction.ASC)
                .on(SignUpDocument.IDEMPOTENCY_KEY, Sort.Direction.ASC).unique().sparse()
                .named("campaign_idempotency_key"));
        signUps.createIndex(new Index().on(SignUpDocument.MUNICIPALITY, Sort.Direction.ASC).named("municipality"));
    }

    MongoTemplate mongo() {
        return mongo;
    }

    CampaignDocument campaign(String id) {
        CampaignDocument campaign = id == null ? null : mongo.findById(id, CampaignDocument.class);
        if (campaign == null) {
            throw new PurchaseNotFoundException("campaign", id);
        }
        return campaign;
    }

    SignUpDocument signUp(String id) {
        SignUpDocument signUp = id == null ? null : mongo.findById(id, SignUpDocument.class);
        if (signUp == null) {
            throw new PurchaseNotFoundException("sign-up", id);
        }
        return signUp;
    }

    Optional<SignUpDocument> byKey(String campaignId, String idempotencyKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where(SignUpDocument.CAMPAIGN).is(campaignId)
                .and(SignUpDocument.IDEMPOTENCY_KEY).is(idempotencyKey)), SignUpDocument.class));
    }

    Optional<SignUpDocument> byMunicipality(String campaignId, String municipality) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where(SignUpDocument.CAMPAIGN).is(campaignId)
                .and(SignUpDocument.MUNICIPALITY).is(municipality)), SignUpDocument.class));
    }

    /** A campaign's sign-ups in sequence (arrival) order. */
    List<SignUpDocument> ofCampaign(String campaignId) {
        return mongo.find(Query.query(Criteria.where(SignUpDocument.CAMPAIGN).is(campaignId))
                .with(Sort.by(SignUpDocument.SEQUENCE)), SignUpDocument.class);
    }

    /**
     * Applies the update, with one version more, only to the version read.
     *
     * @return the sign-up as changed, or null when it changed meanwhile
     */
    SignUpDocument changeIfVersion(String id, long version, Update update) {
        var query = Query.query(Criteria.where("_id").is(id).and(SignUpDocument.VERSION).is(version));
        return mongo.findAndModify(query, update.inc(SignUpDocument.VERSION, 1L),
                FindAndModifyOptions.options().returnNew(true), SignUpDocument.class);
    }

    /** Applies the update (one version more) when the criteria hold; null otherwise. */
    SignUpDocument changeIf(Criteria criteria, Update update) {
        return mongo.findAndModify(Query.query(criteria), update.inc(SignUpDocument.VERSION, 1L),
                FindAndModifyOptions.options().returnNew(true), SignUpDocument.class);
    }
}
