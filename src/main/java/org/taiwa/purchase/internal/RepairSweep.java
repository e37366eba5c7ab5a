package org.taiwa.purchase.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.taiwa.purchase.AllocationRule;
import org.taiwa.purchase.CampaignStatus;
import org.taiwa.purchase.PurchaseProperties;
import org.taiwa.purchase.SignUp.Placement;

/**
 * Repairs what a crash left half done under first come, at start-up and every {@code taiwa.purchase.repair-every}:
 * sign-ups still {@code REQUESTED} (older than a grace period, so a request in flight finishes by itself — though
 * repairing it would be harmless) and claims of withdrawn sign-ups. Reads repair the same, sooner; this sweep is
 * for what nobody reads. Safe on several nodes: every step is a conditional update.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RepairSweep implements SchedulingConfigurer, ApplicationRunner {

    static final Duration GRACE = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(RepairSweep.class);

    private final MongoTemplate mongo;
    private final FirstCome firstCome;
    private final PurchaseProperties properties;

    RepairSweep(PurchaseStore store, FirstCome firstCome, PurchaseProperties properties) {
        this.mongo = store.mongo();
        this.firstCome = firstCome;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::runSafely, properties.repairEvery());
    }

    @Override
    public void run(ApplicationArguments args) {
        runSafely();
    }

    private void runSafely() {
        try {
            int repaired = repair(Instant.now().minus(GRACE));
            if (repaired > 0) {
                log.info("Purchase repair sweep: {} sign-ups repaired", repaired);
            }
        } catch (RuntimeException e) {
            // the next run tries again
            log.warn("Purchase repair sweep failed", e);
        }
    }

    /** Repairs first-come sign-ups created before {@code before}; the number of sign-ups looked at. */
    int repair(Instant before) {
        List<CampaignDocument> firstComeCampaigns = mongo.find(Query.query(Criteria.where("allocationRule")
                .is(AllocationRule.FIRST_COME).and(CampaignDocument.STATUS).in(CampaignStatus.OPEN,
                        CampaignStatus.CLOSED)), CampaignDocument.class);
        int repaired = 0;
        for (CampaignDocument campaign : firstComeCampaigns) {
            List<SignUpDocument> requested = mongo.find(Query.query(Criteria.where(SignUpDocument.CAMPAIGN)
                    .is(campaign.id()).and(SignUpDocument.PLACEMENT).is(Placement.REQUESTED)
                    .and(SignUpDocument.WITHDRAWN).is(false).and("createdAt").lt(before)), SignUpDocument.class);
            requested.forEach(firstCome::repair);
            repaired += requested.size();
            var claimants = new HashSet<String>();
            campaign.claims().forEach(claim -> claimants.add(claim.signUpId()));
            if (!claimants.isEmpty()) {
                List<SignUpDocument> withdrawn = mongo.find(Query.query(Criteria.where("_id").in(claimants)
                        .and(SignUpDocument.WITHDRAWN).is(true)), SignUpDocument.class);
                withdrawn.forEach(firstCome::repair);
                repaired += withdrawn.size();
            }
        }
        return repaired;
    }
}
