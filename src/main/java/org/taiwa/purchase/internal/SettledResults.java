package org.taiwa.purchase.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CampaignStatus;
import org.taiwa.purchase.Campaigns;
import org.taiwa.purchase.PurchaseResults;
import org.taiwa.purchase.RetiredEvent;

/**
 * The network's results from the settled campaigns' sign-ups, for anyone: it reads past the sign-up permissions
 * (a municipality sees only its own sign-ups) but returns only what the network published — municipality, event,
 * tonnes, certificate number — never contacts or approvals. Reads the stored retirements as they are, so the
 * figures are the certificates' figures.
 */
@Service
class SettledResults implements PurchaseResults {

    /** The sign-ups' collection and fields, as {@code internal.SignUpDocument} stores them. */
    private static final String SIGN_UPS = "sign_ups";

    private final MongoTemplate mongo;
    private final Campaigns campaigns;

    SettledResults(MongoTemplate mongo, Campaigns campaigns) {
        this.mongo = mongo;
        this.campaigns = campaigns;
    }

    @Override
    public List<RetiredEvent> retired() {
        Map<String, Campaign> settled = new HashMap<>();
        campaigns.all().stream().filter(c -> c.status() == CampaignStatus.SETTLED).forEach(c -> settled.put(c.id(), c));
        if (settled.isEmpty()) {
            return List.of();
        }
        var query = Query.query(Criteria.where("campaignId").in(settled.keySet()).and("withdrawn").is(false));
        query.fields().include("campaignId", "municipality", "events", "retirements");
        List<RetiredEvent> retired = new ArrayList<>();
        for (Document signUp : mongo.find(query, Document.class, SIGN_UPS)) {
            Campaign campaign = settled.get(signUp.getString("campaignId"));
            var municipality = new MunicipalityId(signUp.getString("municipality"));
            Map<String, LocalDate> dates = new HashMap<>();
            for (Document event : signUp.getList("events", Document.class, List.of())) {
                dates.putIfAbsent(event.getString("name"), date(event.get("date")));
            }
            for (Document r : signUp.getList("retirements", Document.class, List.of())) {
                String name = r.getString("eventName");
                retired.add(new RetiredEvent(campaign.id(), campaign.title(), municipality, name, dates.get(name),
                        ((Number) r.get("tonnes")).longValue(), instant(r.get("retiredAt")),
                        r.getString("certificateNumber")));
            }
        }
        retired.sort(Comparator.comparing(RetiredEvent::campaignId).thenComparing(r -> r.certificateNumber() == null
                ? "" : r.certificateNumber()));
        return retired;
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : Instant.EPOCH;
    }

    /** Spring Data stores a {@code LocalDate} as midnight UTC. */
    private static LocalDate date(Object value) {
        return value instanceof Date date ? LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC) : null;
    }
}
