package org.taiwa.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taiwa.DemoApiSupport;
import org.taiwa.TaiwaIntegrationTest;

import tools.jackson.databind.JsonNode;

@TaiwaIntegrationTest
class PurchaseApiIT extends DemoApiSupport {

    @Test
    void projects_and_campaigns_are_listed_with_their_figures() throws Exception {
        JsonNode projects = json.readTree(get("/api/projects", "staff.minato").body());
        assertThat(ids(projects)).contains("kamaishi-forest-jver");
        HttpResponse<String> one = get("/api/campaigns/kamaishi-2011", "staff.minato");
        assertThat(one.statusCode()).isEqualTo(200);
        JsonNode campaign = json.readTree(one.body());
        assertThat(campaign.get("status").asString()).isEqualTo("settled");
        assertThat(campaign.get("allocationRule").asString()).isEqualTo("pro_rata");
        for (String field : new String[] {"id", "title", "totalTonnes", "remainingTonnes", "pricePerTonneYen",
                "opensAt", "closesAt"}) {
            assertThat(campaign.has(field)).as(field).isTrue();
        }
        assertThat(ids(json.readTree(get("/api/campaigns", "staff.minato").body()))).contains("kamaishi-2011");
        assertProblem(get("/api/campaigns/nope", "staff.minato"), 404);
    }

    @Test
    void the_secretariat_creates_and_opens_a_campaign_and_others_may_not() throws Exception {
        HttpResponse<String> created = createCampaign("first_come", 10);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asString();
        assertThat(json.readTree(created.body()).get("status").asString()).isEqualTo("draft");

        assertProblem(postJson("/api/campaigns/" + id + "/transitions", "staff.minato", "{\"to\":\"open\"}", null), 403);
        HttpResponse<String> open = postJson("/api/campaigns/" + id + "/transitions", "secretariat", "{\"to\":\"open\"}",
                null);
        assertThat(json.readTree(open.body()).get("status").asString()).isEqualTo("open");
        HttpResponse<String> refused = postJson("/api/campaigns/" + id + "/transitions", "secretariat",
                "{\"to\":\"settled\"}", null);
        assertProblem(refused, 409);
        assertThat(json.readTree(refused.body()).get("reason").asString()).isEqualTo("not-allowed-transition");
        HttpResponse<String> unknown = postJson("/api/campaigns/" + id + "/transitions", "secretariat",
                "{\"to\":\"finished\"}", null);
        assertProblem(unknown, 400);
        assertThat(json.readTree(unknown.body()).get("field").asString()).isEqualTo("to");
        assertProblem(postJson("/api/campaigns", "staff.minato", campaignBody("first_come", 10), null), 403);
    }

    @Test
    void bad_campaign_input_names_the_field() throws Exception {
        assertField(postJson("/api/campaigns", "secretariat", campaignBody("first_served", 10), null),
                "allocationRule");
        assertField(postJson("/api/campaigns", "secretariat", campaignBody("pro_rata", 10)
                .replace("\"totalTonnes\":10", "\"totalTonnes\":\"ten\""), null), "totalTonnes");
        assertField(postJson("/api/campaigns", "secretariat", campaignBody("pro_rata", 10)
                .replaceAll("\"opensAt\":\"[^\"]*\"", "\"opensAt\":\"tomorrow\""), null), "opensAt");
        assertField(postJson("/api/campaigns", "secretariat", "[]", null), "body");
    }

    @Test
    void a_sign_up_is_created_once_per_key_and_refusals_are_problem_details() throws Exception {
        String id = openCampaign("first_come", 10);
        String body = signUpBody(6, "2026-10-01", 6);
        HttpResponse<String> first = postJson("/api/campaigns/" + id + "/sign-ups", "staff.minato", body, "k-1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode signUp = json.readTree(first.body());
        assertThat(signUp.get("placement").asString()).isEqualTo("CONFIRMED");
        assertThat(signUp.get("municipality").asString()).isEqualTo("minato");
        HttpResponse<String> again = postJson("/api/campaigns/" + id + "/sign-ups", "staff.minato", body, "k-1");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json.readTree(again.body()).get("id").asString()).isEqualTo(signUp.get("id").asString());

        HttpResponse<String> second = postJson("/api/campaigns/" + id + "/sign-ups", "staff.minato", body, "k-2");
        assertProblem(second, 409);
        assertThat(json.readTree(second.body()).get("reason").asString()).isEqualTo("already-signed-up");

        HttpResponse<String> waiting = postJson("/api/campaigns/" + id + "/sign-ups", "staff.shinjuku",
                signUpBody(5, "2026-10-02", 5), "k-3");
        assertThat(waiting.statusCode()).isEqualTo(201);
        assertThat(json.readTree(waiting.body()).get("placement").asString()).isEqualTo("WAITLISTED");
        assertThat(json.readTree(waiting.body()).get("waitlistPosition").asInt()).isEqualTo(1);

        HttpResponse<String> tooMuch = postJson("/api/campaigns/" + id + "/sign-ups", "staff.hachioji",
                signUpBody(11, "2026-10-02", 1), null);
        assertProblem(tooMuch, 409);
        assertThat(json.readTree(tooMuch.body()).get("reason").asString()).isEqualTo("capacity-exhausted");
        assertThat(json.readTree(tooMuch.body()).get("waitlisted").asBoolean()).isFalse();

        assertField(postJson("/api/campaigns/" + id + "/sign-ups", "staff.hachioji", signUpBody(0, "2026-10-02", 1),
                null), "tonnes");
        assertField(postJson("/api/campaigns/" + id + "/sign-ups", "staff.hachioji", signUpBody(3, "02/10/2026", 1),
                null), "events[0].date");
        assertField(postJson("/api/campaigns/" + id + "/sign-ups", "staff.hachioji",
                signUpBody(3, "2026-10-02", 1).replace("yamada@example.jp", "yamada"), null), "contact.email");
        assertField(postJson("/api/campaigns/" + id + "/sign-ups", "secretariat", signUpBody(3, "2026-10-02", 1),
                null), "municipality");
        assertProblem(postJson("/api/campaigns/nope/sign-ups", "staff.hachioji", signUpBody(3, "2026-10-02", 1),
                null), 404);

        // withdrawing the confirmed one promotes the waiting one
        String minatoId = signUp.get("id").asString();
        HttpResponse<String> withdrawn = send(HttpRequest.newBuilder(uri("/api/campaigns/" + id + "/sign-ups/"
                + minatoId)).DELETE(), "staff.minato");
        assertThat(json.readTree(withdrawn.body()).get("withdrawn").asBoolean()).isTrue();
        JsonNode list = json.readTree(get("/api/campaigns/" + id + "/sign-ups", "staff.shinjuku").body());
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("placement").asString()).isEqualTo("CONFIRMED");
        assertThat(json.readTree(get("/api/campaigns/" + id + "/sign-ups", "secretariat").body()).size()).isEqualTo(2);
        assertProblem(send(HttpRequest.newBuilder(uri("/api/campaigns/" + id + "/sign-ups/" + minatoId)).DELETE(),
                "staff.shinjuku"), 403);
    }

    @Test
    void approvers_approve_and_a_change_of_tonnes_asks_again() throws Exception {
        String id = openCampaign("pro_rata", 50);
        HttpResponse<String> created = postJson("/api/campaigns/" + id + "/sign-ups", "staff.minato",
                signUpBody(4, "2026-10-01", 4), null);
        String signUpId = json.readTree(created.body()).get("id").asString();
        assertProblem(postJson("/api/sign-ups/" + signUpId + "/approval", "approver.shinjuku", "{}", null), 403);
        HttpResponse<String> approved = postJson("/api/sign-ups/" + signUpId + "/approval", "approver.minato", "{}",
                null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(json.readTree(approved.body()).get("approvedBy").asString()).isEqualTo("approver.minato");
        HttpResponse<String> changed = send(HttpRequest.newBuilder(uri("/api/sign-ups/" + signUpId))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(signUpBody(5, "2026-10-01", 5))), "staff.minato");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json.readTree(changed.body()).get("approved").asBoolean()).isFalse();
        assertThat(json.readTree(changed.body()).get("tonnes").asLong()).isEqualTo(5);
    }

    private String openCampaign(String rule, long total) throws Exception {
        String id = json.readTree(createCampaign(rule, total).body()).get("id").asString();
        postJson("/api/campaigns/" + id + "/transitions", "secretariat", "{\"to\":\"open\"}", null);
        return id;
    }

    private HttpResponse<String> createCampaign(String rule, long total) throws Exception {
        return postJson("/api/campaigns", "secretariat", campaignBody(rule, total), null);
    }

    private String campaignBody(String rule, long total) {
        return json.writeValueAsString(Map.of("title", "API共同購入 " + System.nanoTime(),
                "projectId", PurchaseFixtures.PROJECT, "totalTonnes", total, "pricePerTonneYen", 12000,
                "opensAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                "closesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString(), "minTonnes", 1, "maxTonnes", total * 2,
                "allocationRule", rule));
    }

    private String signUpBody(long tonnes, String date, long eventTonnes) {
        return "{\"tonnes\":" + tonnes + ",\"contact\":{\"name\":\"環境課 山田\",\"email\":\"yamada@example.jp\"},"
                + "\"events\":[{\"name\":\"環境フェア\",\"date\":\"" + date + "\",\"tonnes\":" + eventTonnes + "}]}";
    }

    private HttpResponse<String> postJson(String path, String user, String body, String key)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request, user);
    }

    private void assertField(HttpResponse<String> response, String field) {
        assertProblem(response, 400);
        assertThat(json.readTree(response.body()).get("field").asString()).isEqualTo(field);
    }
}
