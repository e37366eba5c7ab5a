package org.taiwa.purchase.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.taiwa.audit.AuditLog;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CampaignStatus;
import org.taiwa.purchase.CampaignTransitioned;
import org.taiwa.purchase.Campaigns;
import org.taiwa.purchase.CreditProject;
import org.taiwa.purchase.NewCampaign;
import org.taiwa.purchase.PurchaseConflictException;
import org.taiwa.purchase.PurchaseConflictException.Reason;
import org.taiwa.security.CurrentMember;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.PurchasePolicy;
import org.taiwa.security.policy.Viewer;
import org.taiwa.storage.Sequences;

/**
 * Campaigns in {@code campaigns}, projects in {@code credit_projects}. Anyone may read projects and campaigns
 * that are not drafts (the public results page shows them); drafts, creating and transitions are the
 * secretariat's. A transition writes its consequences (allocations, retirements) first and then changes the
 * state with one update conditioned on the state read, so two secretaries cannot both move it.
 */
@Service
class CampaignService implements Campaigns {

    static final String SEQUENCE = "campaigns";

    private final PurchaseStore store;
    private final MongoTemplate mongo;
    private final Settlement settlement;
    private final Sequences sequences;
    private final MunicipalityDirectory directory;
    private final CurrentMember currentMember;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    CampaignService(PurchaseStore store, Settlement settlement, Sequences sequences, MunicipalityDirectory directory,
                    CurrentMember currentMember, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.mongo = store.mongo();
        this.settlement = settlement;
        this.sequences = sequences;
        this.directory = directory;
        this.currentMember = currentMember;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public List<CreditProject> projects() {
        return mongo.find(new Query().with(Sort.by("_id")), CreditProjectDocument.class).stream()
                .map(CreditProjectDocument::toProject).toList();
    }

    @Override
    public Optional<CreditProject> project(String id) {
        return Optional.ofNullable(id == null ? null : mongo.findById(id, CreditProjectDocument.class))
                .map(CreditProjectDocument::toProject);
    }

    @Override
    public List<Campaign> all() {
        boolean secretariat = viewer().isSecretariat();
        return mongo.findAll(CampaignDocument.class).stream().map(CampaignDocument::toCampaign)
                .filter(c -> secretariat || c.status() != CampaignStatus.DRAFT)
                .sorted(Comparator.comparing((Campaign c) -> c.status() != CampaignStatus.OPEN)
                        .thenComparing(Campaign::opensAt, Comparator.reverseOrder()).thenComparing(Campaign::id))
                .toList();
    }

    @Override
    public Optional<Campaign> find(String id) {
        return Optional.ofNullable(id == null ? null : mongo.findById(id, CampaignDocument.class))
                .map(CampaignDocument::toCampaign)
                .filter(c -> c.status() != CampaignStatus.DRAFT || viewer().isSecretariat());
    }

    @Override
    public List<Campaign> open() {
        Instant now = clock.instant();
        return mongo.find(Query.query(Criteria.where(CampaignDocument.STATUS).is(CampaignStatus.OPEN)),
                        CampaignDocument.class).stream().map(CampaignDocument::toCampaign)
                .filter(c -> c.acceptsSignUps(now)).sorted(Comparator.comparing(Campaign::closesAt)).toList();
    }

    @Override
    public Campaign create(NewCampaign c) {
        Viewer viewer = viewer();
        Permissions.require(PurchasePolicy.canManageCampaigns(viewer), "create a campaign");
        Instant now = now();
        CampaignValidation.check(c, c == null ? null : project(c.projectId()).orElse(null), now);
        String seed = c.lotterySeed() == null || c.lotterySeed().isBlank() ? null : c.lotterySeed().strip();
        var campaign = new Campaign("campaign-" + sequences.next(SEQUENCE), c.title().strip(), c.projectId(),
                c.totalTonnes(), c.totalTonnes(), c.pricePerTonneYen(), c.opensAt().truncatedTo(ChronoUnit.MILLIS),
                c.closesAt().truncatedTo(ChronoUnit.MILLIS), c.minTonnes(), c.maxTonnes(), c.allocationRule(), seed,
                CampaignStatus.DRAFT);
        mongo.insert(CampaignDocument.of(campaign, List.of(), viewer.username(), now));
        audit.record(viewer.username(), "campaign.create", campaign.id(), campaign.title(), "");
        return campaign;
    }

    @Override
    public Campaign transition(String campaignId, CampaignStatus to) {
        Viewer viewer = viewer();
        Permissions.require(PurchasePolicy.canManageCampaigns(viewer), "change the state of a campaign");
        CampaignDocument document = store.campaign(campaignId);
        Campaign campaign = document.toCampaign();
        CampaignStatus from = campaign.status();
        if (to == null || !from.canBecome(to)) {
            throw new PurchaseConflictException(Reason.NOT_ALLOWED_TRANSITION, "Campaign " + campaignId + " is "
                    + from.code() + " and cannot become " + (to == null ? "nothing" : to.code()), from.code(),
                    to == null ? "" : to.code());
        }
        Instant now = now();
        var update = new Update().set(CampaignDocument.STATUS, to).set(CampaignDocument.UPDATED_AT, now);
        if (to == CampaignStatus.ALLOCATED) {
            update.set(CampaignDocument.REMAINING, campaign.totalTonnes() - settlement.allocate(campaign));
        } else if (to == CampaignStatus.SETTLED) {
            settlement.settle(campaign, now);
        }
        var sameState = Query.query(Criteria.where("_id").is(campaignId).and(CampaignDocument.STATUS).is(from));
        if (mongo.updateFirst(sameState, update, CampaignDocument.class).getModifiedCount() != 1) {
            throw new PurchaseConflictException(Reason.NOT_ALLOWED_TRANSITION, "Campaign " + campaignId
                    + " changed state meanwhile", from.code(), to.code());
        }
        audit.record(viewer.username(), "campaign." + to.code(), campaignId, campaign.title(),
                from.code() + " → " + to.code());
        events.publishEvent(new CampaignTransitioned(campaignId, campaign.title(), from, to, viewer.username(),
                announcedTo(campaignId, to)));
        return store.campaign(campaignId).toCampaign();
    }

    /** All 62 when a campaign opens; otherwise the municipalities that signed up and did not withdraw. */
    private List<MunicipalityId> announcedTo(String campaignId, CampaignStatus to) {
        if (to == CampaignStatus.OPEN) {
            return directory.all().stream().map(Municipality::id).toList();
        }
        return store.ofCampaign(campaignId).stream().filter(s -> !s.withdrawn())
                .map(s -> new MunicipalityId(s.municipality())).distinct().toList();
    }

    private Viewer viewer() {
        return Viewer.of(currentMember.get());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
