package org.taiwa.offset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taiwa.DemoApiSupport;
import org.taiwa.TaiwaIntegrationTest;

import tools.jackson.databind.JsonNode;

/** The offset API over HTTP: the public estimate and active set, the registry, footprints. */
@TaiwaIntegrationTest
class OffsetApiIT extends DemoApiSupport {

    private static final String DEFAULT_ID = "default-2024";
    private final HttpClient anonymous = HttpClient.newHttpClient();

    @Test
    void the_estimate_is_public_and_adds_up_as_computed_by_hand() throws Exception {
        HttpResponse<String> response = postPublic(anonymous, """
                {"participants": 100, "days": 1, "electricityKwh": 200, "cityGasM3": 10,
                 "travel": [{"mode": "rail", "persons": 80, "roundTripKm": 20},
                            {"mode": "car", "persons": 20, "roundTripKm": 30}],
                 "accommodationNights": 10, "meals": 100, "paperSheets": 1000, "wasteKg": 50,
                 "factorSetId": "default-2024"}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode estimate = json.readTree(response.body());
        // electricity 200 kWh × 0.555 = 111.000; city gas 10 m3 × 2.05 = 20.500
        // travel rail 80 × 20 km = 1600 pkm × 0.019 = 30.400, car 20 × 30 km = 600 pkm × 0.173 = 103.800 → 134.200
        // accommodation 10 × 30 = 300.000; catering 100 × 2.0 = 200.000; paper 1000 × 0.006 = 6.000;
        // waste 50 kg × 0.56 = 28.000; total 111 + 20.5 + 134.2 + 300 + 200 + 6 + 28 = 799.700 kg
        // = 0.799700 t → 1 credit (whole tonnes, rounded up)
        assertThat(estimate.get("totalKgCo2").decimalValue()).isEqualByComparingTo("799.7");
        assertThat(estimate.get("totalTonnes").decimalValue()).isEqualByComparingTo("0.7997");
        assertThat(estimate.get("creditsNeeded").asLong()).isEqualTo(1);
        assertThat(estimate.get("factorSet").get("id").asString()).isEqualTo(DEFAULT_ID);
        assertThat(estimate.get("factorSet").get("fiscalYear").asInt()).isEqualTo(2024);
        JsonNode categories = estimate.get("categories");
        assertThat(categories.values()).extracting(c -> c.get("category").asString()).containsExactly("electricity",
                "city_gas", "travel", "accommodation", "catering", "paper", "waste");
        JsonNode travel = categories.get(2);
        assertThat(travel.get("kgCo2").decimalValue()).isEqualByComparingTo("134.2");
        JsonNode rail = travel.get("lines").get(0);
        assertThat(rail.get("item").asString()).isEqualTo("rail");
        assertThat(rail.get("quantity").decimalValue()).isEqualByComparingTo("1600");
        assertThat(rail.get("unit").asString()).isEqualTo("passenger-km");
        assertThat(rail.get("factor").get("value").decimalValue()).isEqualByComparingTo("0.019");
        assertThat(rail.get("factor").get("unit").asString()).isEqualTo("kg-CO2/passenger-km");
        assertThat(rail.get("factor").get("source").asString()).contains("国土交通省", "運輸・交通と環境");
        assertThat(rail.get("kgCo2").decimalValue()).isEqualByComparingTo("30.4");
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                Arguments.of("{\"participants\": -5, \"days\": 1}", "participants"),
                Arguments.of("{\"participants\": \"many\", \"days\": 1}", "participants"),
                Arguments.of("{\"participants\": 1000000000, \"days\": 1}", "participants"),
                Arguments.of("{\"participants\": 1e12, \"days\": 1}", "participants"),
                Arguments.of("{\"days\": 1}", "participants"),
                Arguments.of("{\"participants\": 10}", "days"),
                Arguments.of("{\"participants\": 10, \"days\": 1.5}", "days"),
                Arguments.of("{\"participants\": 10, \"days\": 1, \"electricityKwh\": -1}", "electricityKwh"),
                Arguments.of("{\"participants\": 10, \"days\": 1, \"cityGasM3\": \"ten\"}", "cityGasM3"),
                Arguments.of("{\"participants\": 10, \"days\": 1, \"meals\": 1e9}", "meals"),
                Arguments.of("{\"participants\": 10, \"days\": 1, \"wasteKg\": -0.1}", "wasteKg"),
                Arguments.of("{\"participants\": 10, \"days\": 1, \"travel\": [{\"mode\": \"rocket\", \"persons\": 1,"
                        + " \"roundTripKm\": 10}]}", "travel[0].mode"),
                Arguments.of("{\"participants\": 10, \"days\": 1, \"travel\": [{\"mode\": \"bus\", \"persons\": -1,"
                        + " \"roundTripKm\": 10}]}", "travel[0].persons"),
                Arguments.of("{\"participants\": 10, \"days\": 1, \"travel\": [{\"mode\": \"bus\", \"persons\": 1,"
                        + " \"roundTripKm\": 1e9}]}", "travel[0].roundTripKm"),
                Arguments.of("{\"participants\": 10, \"days\": 1, \"travel\": \"by train\"}", "travel"),
                Arguments.of("{\"participants\": 10, \"days\": 1, \"electricityKwh\": 5,"
                        + " \"electricityItem\": \"no_such_supplier\"}", "electricityItem"),
                Arguments.of("{\"participants\": 10, \"days\": 1, \"factorSetId\": \"no-such-set\"}", "factorSetId"));
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void an_invalid_estimate_is_a_400_naming_the_field(String body, String field) throws Exception {
        HttpResponse<String> response = postPublic(anonymous, body);
        assertProblem(response, 400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("field").asString()).isEqualTo(field);
        assertThat(problem.get("detail").asString()).contains(field);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void the_estimate_is_rate_limited_per_client_address() throws Exception {
        // from another loopback address than the other tests' 127.0.0.1, so that they keep their own budget
        HttpClient other = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
        String body = "{\"participants\": 1, \"days\": 1}";
        for (int i = 0; i < 60; i++) {
            assertThat(postPublic(other, body).statusCode()).as("request " + (i + 1)).isEqualTo(200);
        }
        // the bucket refills one request a second while these run: within as many more, one is refused
        HttpResponse<String> refused = null;
        for (int i = 0; i < 60 && refused == null; i++) {
            HttpResponse<String> response = postPublic(other, body);
            refused = response.statusCode() == 429 ? response : null;
        }
        assertThat(refused).as("a request beyond 60 a minute is refused").isNotNull();
        assertProblem(refused, 429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(postPublic(anonymous, body).statusCode()).as("another address is not limited").isEqualTo(200);
    }

    @Test
    void the_active_set_is_public_with_every_factor_and_its_source() throws Exception {
        HttpResponse<String> response = anonymous.send(HttpRequest.newBuilder(uri("/api/offset/factor-sets/active"))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode set = json.readTree(response.body());
        assertThat(set.get("status").asString()).isEqualTo("active");
        JsonNode grid = set.get("factors").values().stream()
                .filter(f -> f.get("item").asString().equals("grid_default")).findFirst().orElseThrow();
        assertThat(grid.get("valueUnit").asString()).isEqualTo("kg-CO2/kWh");
        assertThat(grid.get("publisher").asString()).isNotBlank();
        assertThat(grid.get("source").asString()).isNotBlank();
    }

    @Test
    void nothing_else_of_the_offset_api_is_public() throws Exception {
        for (String path : new String[] {"/api/offset/factor-sets", "/api/offset/factor-sets/" + DEFAULT_ID,
                "/api/municipalities/minato/event-footprints"}) {
            HttpResponse<String> response = anonymous.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertProblem(response, 401);
        }
        HttpResponse<String> copy = anonymous.send(HttpRequest.newBuilder(uri("/api/offset/factor-sets/"
                        + DEFAULT_ID + "/copy")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertProblem(copy, 401);
    }

    @Test
    void the_secretariat_copies_and_edits_a_set_and_staff_are_refused() throws Exception {
        HttpResponse<String> copied = send(HttpRequest.newBuilder(uri("/api/offset/factor-sets/" + DEFAULT_ID
                + "/copy")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                "{\"name\": \"API copy\", \"fiscalYear\": 2025}")), "secretariat");
        assertThat(copied.statusCode()).as(copied.body()).isEqualTo(201);
        JsonNode draft = json.readTree(copied.body());
        assertThat(draft.get("status").asString()).isEqualTo("draft");
        String factorPath = "/api/offset/factor-sets/" + draft.get("id").asString() + "/factors/paper/a4_sheet";
        String change = "{\"value\": 0.0055, \"estimate\": true, \"publisher\": \"Taiwa (推計)\","
                + " \"title\": \"A4 4 g × 1.4 kg-CO2/kg\", \"edition\": \"2025\"}";

        HttpResponse<String> edited = send(HttpRequest.newBuilder(uri(factorPath))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(change)),
                "secretariat");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode paper = json.readTree(edited.body()).get("factors").values().stream()
                .filter(f -> f.get("item").asString().equals("a4_sheet")).findFirst().orElseThrow();
        assertThat(paper.get("value").decimalValue()).isEqualByComparingTo("0.0055");
        assertThat(paper.get("title").asString()).isEqualTo("A4 4 g × 1.4 kg-CO2/kg");

        assertProblem(send(HttpRequest.newBuilder(uri(factorPath)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(change)), "staff.minato"), 403);
        assertProblem(send(HttpRequest.newBuilder(uri("/api/offset/factor-sets/" + draft.get("id").asString()
                + "/activate")).POST(HttpRequest.BodyPublishers.noBody()), "staff.minato"), 403);
        assertProblem(send(HttpRequest.newBuilder(uri("/api/offset/factor-sets/" + DEFAULT_ID + "/copy"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"mine\"}")), "staff.minato"), 403);
        // the shipped set is active or retired, never a draft: it is copied, not edited
        assertProblem(send(HttpRequest.newBuilder(uri("/api/offset/factor-sets/" + DEFAULT_ID
                + "/factors/paper/a4_sheet")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(change)), "secretariat"), 409);
    }

    @Test
    void staff_save_footprints_for_their_own_municipality_only() throws Exception {
        String body = "{\"eventName\": \"港区環境フェア API\", \"firstDay\": \"2025-06-01\", \"lastDay\": \"2025-06-02\","
                + " \"participants\": 300, \"days\": 2, \"electricityKwh\": 100}";
        HttpResponse<String> saved = send(HttpRequest.newBuilder(uri("/api/municipalities/minato/event-footprints"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)),
                "staff.minato");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        JsonNode footprint = json.readTree(saved.body());
        // 100 kWh × 0.555 kg/kWh = 55.500 kg under the active set
        assertThat(footprint.get("estimate").get("totalKgCo2").decimalValue()).isEqualByComparingTo("55.5");
        assertThat(footprint.get("inputs").get("participants").asInt()).isEqualTo(300);
        String id = footprint.get("id").asString();

        JsonNode list = json.readTree(get("/api/municipalities/minato/event-footprints", "staff.shinjuku").body());
        assertThat(ids(list)).contains(id);
        HttpResponse<String> recalculated = get("/api/offset/footprints/" + id + "/recalculated", "staff.minato");
        assertThat(recalculated.statusCode()).isEqualTo(200);

        assertProblem(send(HttpRequest.newBuilder(uri("/api/municipalities/shinjuku/event-footprints"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)),
                "staff.minato"), 403);
        assertProblem(post("/api/municipalities/minato/event-footprints", "staff.minato",
                Map.of("eventName", "x", "firstDay", "2025-01-01", "days", "1")), 400);
    }

    /** Without credentials, to 127.0.0.1 (so that a client bound to another loopback address can reach it). */
    private HttpResponse<String> postPublic(HttpClient client, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/offset/estimate"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
