package org.taiwa.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.taiwa.DemoApiSupport;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;

/** Many clients at once against a first-come campaign over HTTP, on the embedded server over TCP. */
@TaiwaIntegrationTest
class FirstComeConcurrencyIT extends DemoApiSupport {

    static final long OFFER = 100;
    static final int ATTEMPTS = 200;

    @Autowired
    MunicipalityDirectory directory;
    @Autowired
    MongoTemplate mongo;

    @Test
    void concurrent_sign_ups_with_retries_never_oversell_nor_duplicate_and_every_201_is_stored() throws Exception {
        String campaignId = openCampaign();
        List<Municipality> all = directory.all();
        assertThat(all).hasSize(62);
        Map<String, List<String>> createdIds = new ConcurrentHashMap<>();
        var others = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(24)) {
            var futures = new ArrayList<Future<?>>();
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                // attempts beyond the first 62 are retries of a municipality's request with the same key
                int index = attempt % all.size();
                Municipality m = all.get(index);
                futures.add(pool.submit(() -> {
                    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/campaigns/" + campaignId
                            + "/sign-ups")).header("Content-Type", "application/json")
                            .header("Idempotency-Key", "conc-" + m.id().value())
                            .POST(HttpRequest.BodyPublishers.ofString(body(1 + index % 5))), "staff." + m.id().value());
                    if (response.statusCode() == 201) {
                        createdIds.computeIfAbsent(m.id().value(), k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                                .add(json.readTree(response.body()).get("id").asString());
                    } else {
                        others.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        List<Document> stored = mongo.find(Query.query(Criteria.where("campaignId").is(campaignId)), Document.class,
                "sign_ups");
        Map<String, String> storedByMunicipality = stored.stream().collect(Collectors.toMap(
                d -> d.getString("municipality"), d -> d.getString("_id")));
        assertThat(others.get()).as("a retry with the same key is answered like the first").isZero();
        assertThat(stored).as("one sign-up per municipality").hasSize(62);
        createdIds.forEach((municipality, ids) -> assertThat(ids).as(municipality)
                .containsOnly(storedByMunicipality.get(municipality)));
        long confirmed = stored.stream().filter(d -> "CONFIRMED".equals(d.getString("placement")))
                .mapToLong(d -> d.get("tonnes", Number.class).longValue()).sum();
        long remaining = mongo.findById(campaignId, Document.class, "campaigns").get("remainingTonnes", Number.class)
                .longValue();
        assertThat(confirmed).isLessThanOrEqualTo(OFFER);
        assertThat(remaining).isEqualTo(OFFER - confirmed).isNotNegative();
        assertThat(stored).allMatch(d -> List.of("CONFIRMED", "WAITLISTED").contains(d.getString("placement")));
    }

    private String openCampaign() throws Exception {
        String body = json.writeValueAsString(Map.of("title", "同時申込テスト " + System.nanoTime(),
                "projectId", PurchaseFixtures.PROJECT, "totalTonnes", OFFER, "pricePerTonneYen", 12000,
                "opensAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                "closesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString(), "minTonnes", 1, "maxTonnes", 10,
                "allocationRule", "first_come"));
        String id = json.readTree(send(HttpRequest.newBuilder(uri("/api/campaigns"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)),
                "secretariat").body()).get("id").asString();
        send(HttpRequest.newBuilder(uri("/api/campaigns/" + id + "/transitions")).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"open\"}")), "secretariat");
        return id;
    }

    private static String body(long tonnes) {
        return "{\"tonnes\":" + tonnes + ",\"contact\":{\"name\":\"環境課\",\"email\":\"kankyo@example.jp\"},"
                + "\"events\":[{\"name\":\"環境フェア\",\"date\":\"2026-10-01\",\"tonnes\":" + tonnes + "}]}";
    }
}
