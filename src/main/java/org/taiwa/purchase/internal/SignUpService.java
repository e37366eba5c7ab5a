package org.taiwa.purchase.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.taiwa.audit.AuditLog;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.purchase.AllocationRule;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.InvalidPurchaseException;
import org.taiwa.purchase.PurchaseConflictException;
import org.taiwa.purchase.PurchaseConflictException.Reason;
import org.taiwa.purchase.PurchaseProperties;
import org.taiwa.purchase.SignUp;
import org.taiwa.purchase.SignUp.Placement;
import org.taiwa.purchase.SignUpRequest;
import org.taiwa.purchase.SignUps;
import org.taiwa.security.policy.Viewer;
import org.taiwa.storage.Sequences;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sign-ups in {@code sign_ups}. All validation and permission checks come before the first write, so a refused
 * request stores nothing. A new sign-up is inserted (the unique indexes decide "one per municipality" and "one per
 * idempotency key"), then, under first come, placed by {@link FirstCome}. Reads repair what a crash left.
 */
@Service
class SignUpService implements SignUps {

    static final String SEQUENCE = "sign-ups";

    private final PurchaseStore store;
    private final FirstCome firstCome;
    private final SignUpAccess access;
    private final Sequences sequences;
    private final AuditLog audit;
    private final PurchaseProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final MeterRegistry meters;

    SignUpService(PurchaseStore store, FirstCome firstCome, SignUpAccess access, Sequences sequences, AuditLog audit,
                  PurchaseProperties properties, MeterRegistry meters) {
        this.meters = meters;
        this.store = store;
        this.firstCome = firstCome;
        this.access = access;
        this.sequences = sequences;
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    public SignUp signUp(String campaignId, MunicipalityId municipality, SignUpRequest request, String idempotencyKey) {
        try {
            return create(campaignId, municipality, request, idempotencyKey);
        } catch (PurchaseConflictException | InvalidPurchaseException refused) {
            count("refused");
            throw refused;
        }
    }

    /** {@code taiwa.purchase.sign.ups{result=accepted|waitlisted|refused}}: new sign-ups, not replays of a key. */
    private void count(String result) {
        meters.counter("taiwa.purchase.sign.ups", "result", result).increment();
    }

    private SignUp create(String campaignId, MunicipalityId municipality, SignUpRequest request,
                          String idempotencyKey) {
        Viewer viewer = access.requireEdit(municipality);
        String key = SignUpValidation.key(idempotencyKey);
        if (key != null) {
            Optional<SignUpDocument> earlier = store.byKey(campaignId, key);
            if (earlier.isPresent()) {
                return replay(earlier.get(), municipality);
            }
        }
        Campaign campaign = store.campaign(campaignId).toCampaign();
        SignUpValidation.check(request, campaign);
        Instant now = now();
        requireWindow(campaign, now);
        boolean firstComeRule = campaign.allocationRule() == AllocationRule.FIRST_COME;
        if (firstComeRule && request.tonnes() > campaign.totalTonnes()) {
            throw capacity(campaign, request.tonnes());
        }
        if (store.byMunicipality(campaignId, municipality.value()).isPresent()) {
            throw alreadySignedUp(campaignId, municipality);
        }
        String id = UUID.randomUUID().toString();
        var document = new SignUpDocument(id, campaignId, municipality.value(), request.tonnes(),
                SignUpDocument.contact(request.contact()), SignUpDocument.events(request), Placement.REQUESTED,
                sequences.next(SEQUENCE), false, null, null, List.of(), key != null ? key : PurchaseStore.NO_KEY_PREFIX + id,
                viewer.username(), now, now, 0);
        try {
            store.mongo().insert(document);
        } catch (DuplicateKeyException e) {
            // the same key twice at once, or the municipality signed up meanwhile with another key
            if (key != null) {
                Optional<SignUpDocument> winner = store.byKey(campaignId, key);
                if (winner.isPresent()) {
                    return replay(winner.get(), municipality);
                }
            }
            throw alreadySignedUp(campaignId, municipality);
        }
        SignUpDocument placed = firstComeRule ? firstCome.place(document) : document;
        if (placed.placement() == Placement.WAITLISTED && !properties.waitlist()) {
            store.mongo().remove(Query.query(Criteria.where("_id").is(id).and(SignUpDocument.PLACEMENT)
                    .is(Placement.WAITLISTED)), SignUpDocument.class);
            throw capacity(campaign, request.tonnes());
        }
        count(placed.placement() == Placement.WAITLISTED ? "waitlisted" : "accepted");
        audit.record(viewer.username(), "sign-up.create", id, campaignId + "/" + municipality.value(),
                request.tonnes() + " t, " + placed.placement().name().toLowerCase(java.util.Locale.ROOT));
        return placed.toSignUp();
    }

    @Override
    public SignUp change(String signUpId, SignUpRequest request) {
        SignUpDocument signUp = store.signUp(signUpId);
        Viewer viewer = access.requireEdit(new MunicipalityId(signUp.municipality()));
        Campaign campaign = store.campaign(signUp.campaignId()).toCampaign();
        SignUpValidation.check(request, campaign);
        requireLive(signUp);
        requireWindow(campaign, now());
        long from = signUp.tonnes();
        long to = request.tonnes();
        boolean firstComeRule = campaign.allocationRule() == AllocationRule.FIRST_COME;
        boolean confirmed = firstComeRule && signUp.placement() == Placement.CONFIRMED;
        if (firstComeRule && to > campaign.totalTonnes()) {
            throw capacity(campaign, to);
        }
        // the claim is never smaller than the confirmed tonnes: grow it before, shrink it after the sign-up
        if (confirmed && to > from && !firstCome.resize(campaign.id(), signUpId, from, to)) {
            throw capacity(campaign, to);
        }
        var update = new Update().set(SignUpDocument.TONNES, to).set("contact", SignUpDocument.contact(request.contact()))
                .set("events", SignUpDocument.events(request)).set("updatedAt", now());
        if (to != from) {
            update.unset("approval");
        }
        SignUpDocument changed = store.changeIfVersion(signUpId, signUp.version(), update);
        if (changed == null) {
            if (confirmed && to > from) {
                firstCome.resize(campaign.id(), signUpId, to, from);
            }
            throw changedMeanwhile(signUpId);
        }
        if (confirmed && to < from) {
            firstCome.resize(campaign.id(), signUpId, from, to);
        }
        if (firstComeRule && to != from) {
            firstCome.promote(campaign.id());
        }
        audit.record(viewer.username(), "sign-up.change", signUpId, campaign.id() + "/" + signUp.municipality(),
                from + " t → " + to + " t" + (to != from && signUp.approval() != null ? ", approval reset" : ""));
        return store.signUp(signUpId).toSignUp();
    }

    @Override
    public SignUp withdraw(String signUpId) {
        SignUpDocument signUp = store.signUp(signUpId);
        Viewer viewer = access.requireEdit(new MunicipalityId(signUp.municipality()));
        if (signUp.withdrawn()) {
            return signUp.toSignUp();
        }
        Campaign campaign = store.campaign(signUp.campaignId()).toCampaign();
        requireWindow(campaign, now());
        SignUpDocument withdrawn = store.changeIf(Criteria.where("_id").is(signUpId).and(SignUpDocument.WITHDRAWN)
                .is(false), new Update().set(SignUpDocument.WITHDRAWN, true).set("updatedAt", now()));
        if (withdrawn == null) {
            return store.signUp(signUpId).toSignUp();
        }
        if (campaign.allocationRule() == AllocationRule.FIRST_COME && firstCome.release(campaign.id(), signUpId)) {
            firstCome.promote(campaign.id());
        }
        audit.record(viewer.username(), "sign-up.withdraw", signUpId, campaign.id() + "/" + signUp.municipality(), "");
        return store.signUp(signUpId).toSignUp();
    }

    @Override
    public SignUp approve(String signUpId) {
        SignUpDocument signUp = store.signUp(signUpId);
        Viewer viewer = access.requireApprove(new MunicipalityId(signUp.municipality()));
        requireLive(signUp);
        Instant now = now();
        requireWindow(store.campaign(signUp.campaignId()).toCampaign(), now);
        // conditioned on the version read: the approver approves the tonnes they saw, not a change made meanwhile
        SignUpDocument approved = store.changeIfVersion(signUpId, signUp.version(),
                Update.update("approval", new SignUp.Approval(viewer.username(), now)).set("updatedAt", now));
        if (approved == null) {
            throw changedMeanwhile(signUpId);
        }
        audit.record(viewer.username(), "sign-up.approve", signUpId, signUp.campaignId() + "/" + signUp.municipality(),
                signUp.tonnes() + " t");
        return approved.toSignUp();
    }

    @Override
    public Optional<SignUp> find(String signUpId) {
        SignUpDocument signUp = signUpId == null ? null : store.mongo().findById(signUpId, SignUpDocument.class);
        if (signUp == null) {
            return Optional.empty();
        }
        access.requireView(new MunicipalityId(signUp.municipality()));
        return Optional.of(repaired(signUp).toSignUp());
    }

    @Override
    public List<SignUp> ofCampaign(String campaignId) {
        store.campaign(campaignId);
        return access.visible(store.ofCampaign(campaignId)).stream().map(s -> repaired(s).toSignUp()).toList();
    }

    @Override
    public List<SignUp> ofMunicipality(MunicipalityId municipality) {
        access.requireView(municipality);
        return store.mongo().find(Query.query(Criteria.where(SignUpDocument.MUNICIPALITY).is(municipality.value())),
                SignUpDocument.class).stream().map(s -> repaired(s).toSignUp()).toList();
    }

    @Override
    public Optional<Integer> waitlistPosition(String signUpId) {
        return find(signUpId).filter(s -> s.placement() == Placement.WAITLISTED && !s.withdrawn())
                .map(s -> Math.toIntExact(store.mongo().count(Query.query(Criteria.where(SignUpDocument.CAMPAIGN)
                        .is(s.campaignId()).and(SignUpDocument.PLACEMENT).is(Placement.WAITLISTED)
                        .and(SignUpDocument.WITHDRAWN).is(false).and(SignUpDocument.SEQUENCE).lte(s.sequence())),
                        SignUpDocument.class)));
    }

    /** The sign-up an earlier request with the same key made: the same answer again. */
    private SignUp replay(SignUpDocument earlier, MunicipalityId municipality) {
        if (!earlier.municipality().equals(municipality.value())) {
            throw SignUpValidation.invalid("Idempotency-Key", "key-reused",
                    "this key was used for another municipality's sign-up");
        }
        return repaired(earlier).toSignUp();
    }

    private SignUpDocument repaired(SignUpDocument signUp) {
        boolean needsRepair = signUp.placement() == Placement.REQUESTED || signUp.withdrawn();
        if (!needsRepair || signUp.allocatedTonnes() != null) {
            return signUp;
        }
        CampaignDocument campaign = store.campaign(signUp.campaignId());
        return campaign.allocationRule() == AllocationRule.FIRST_COME ? firstCome.repair(signUp) : signUp;
    }

    private static void requireWindow(Campaign campaign, Instant now) {
        if (!campaign.acceptsSignUps(now)) {
            throw new PurchaseConflictException(Reason.WINDOW_CLOSED, "Campaign " + campaign.id()
                    + " takes no sign-ups, changes or approvals now (" + campaign.status().code() + ", "
                    + campaign.opensAt() + " – " + campaign.closesAt() + ")");
        }
    }

    private static void requireLive(SignUpDocument signUp) {
        if (signUp.withdrawn()) {
            throw new PurchaseConflictException(Reason.SIGN_UP_CHANGED, "Sign-up " + signUp.id() + " was withdrawn");
        }
    }

    private static PurchaseConflictException capacity(Campaign campaign, long tonnes) {
        return new PurchaseConflictException(Reason.CAPACITY_EXHAUSTED, tonnes + " t cannot be had from campaign "
                + campaign.id() + " (" + campaign.totalTonnes() + " t on offer); not waitlisted", tonnes);
    }

    private static PurchaseConflictException alreadySignedUp(String campaignId, MunicipalityId municipality) {
        return new PurchaseConflictException(Reason.ALREADY_SIGNED_UP, municipality.value()
                + " has signed up to campaign " + campaignId + " already", municipality.value());
    }

    private static PurchaseConflictException changedMeanwhile(String signUpId) {
        return new PurchaseConflictException(Reason.SIGN_UP_CHANGED, "Sign-up " + signUpId
                + " was changed meanwhile; reload and try again");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
