package org.taiwa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.taiwa.DemoApiSupport;
import org.taiwa.TaiwaIntegrationTest;

import tools.jackson.databind.JsonNode;

/** {@code /api/search}: the documented shape, 200 for any words, 400 only for filters and pages out of range. */
@TaiwaIntegrationTest
class SearchApiIT extends DemoApiSupport {

    private HttpResponse<String> search(String query) throws Exception {
        return get("/api/search?" + query, "staff.minato");
    }

    private static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    @Test
    void answers_with_total_hits_facets_and_suggestion() throws Exception {
        HttpResponse<String> response = search(q("カーボン・オフセット") + "&sort=date&page=0&size=5");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.has("total")).isTrue();
        assertThat(body.get("hits").isArray()).isTrue();
        assertThat(body.get("facets").has("kind")).isTrue();
        assertThat(body.get("facets").has("municipality")).isTrue();
        assertThat(body.has("suggestion")).isTrue();
        for (JsonNode hit : body.get("hits")) {
            assertThat(hit.get("kind").asString()).isIn("document", "post");
            assertThat(hit.has("snippet") && hit.has("url") && hit.has("score") && hit.has("municipalities")).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"カーボン", "\"", "-", "- - -", "AND OR NOT", "(", ")", "*", "?", "~", ":", "\\",
            "title:x", "[1 TO 2]", "{}", "^2", "&&", "||", "!", "\u0000", "％", "💡", "-カーボン", "\"\""})
    void malformed_queries_never_give_a_server_error(String words) throws Exception {
        HttpResponse<String> response = search(q(words));
        assertThat(response.statusCode()).as(words + ": " + response.body()).isEqualTo(200);
    }

    @Test
    void ten_thousand_characters_give_results_and_a_notice() throws Exception {
        HttpResponse<String> response = search(q("カーボン".repeat(2_500)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("notices").toString()).contains("search.notice.truncated");
    }

    @Test
    void an_unclosed_quote_is_closed_with_a_notice() throws Exception {
        HttpResponse<String> response = search(q("\"カーボン オフセット"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("notices").toString()).contains("search.notice.unclosed-quote");
    }

    @Test
    void filters_and_pages_out_of_range_are_bad_requests() throws Exception {
        assertProblem(search(q("x") + "&kind=movie"), 400);
        assertProblem(search(q("x") + "&year=someday"), 400);
        assertProblem(search(q("x") + "&sort=random"), 400);
        assertProblem(search(q("x") + "&size=0"), 400);
        assertProblem(search(q("x") + "&page=5000"), 400);
        assertThat(search(q("x") + "&year=" + URLEncoder.encode("平成23年度", StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void suggestions_answer_as_you_type() throws Exception {
        HttpResponse<String> response = get("/api/search/suggestions?" + q("提言"), "staff.minato");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).isArray()).isTrue();
    }

    @Test
    void the_api_needs_a_signed_in_member() throws Exception {
        var anonymous = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(uri("/api/search?q=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}
