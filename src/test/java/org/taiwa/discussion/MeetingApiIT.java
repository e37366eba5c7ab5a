package org.taiwa.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.taiwa.DemoApiSupport;
import org.taiwa.TaiwaIntegrationTest;

import tools.jackson.databind.JsonNode;

@TaiwaIntegrationTest
class MeetingApiIT extends DemoApiSupport {

    private static final String COMMITTEE = "/api/spaces/municipal-committee/meetings";
    private static final Instant NEXT_WEEK = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @Test
    void a_meeting_is_scheduled_read_listed_and_edited_from_its_version() throws Exception {
        HttpResponse<String> created = send("POST", COMMITTEE, "staff.minato", meeting("API の会議"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode meeting = json.readTree(created.body());
        String id = meeting.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/meetings/" + id);
        assertThat(meeting.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(meeting.get("version").asLong()).isZero();
        assertThat(meeting.get("agendaHtml").asString()).contains("<strong>J-VER</strong>").doesNotContain("<script");
        assertThat(meeting.get("municipalities").values().stream().map(JsonNode::asString))
                .containsExactly("minato", "niijima");

        assertThat(json.readTree(get("/api/meetings/" + id, "staff.shinjuku").body()).get("title").asString())
                .isEqualTo("API の会議");
        assertThat(ids(json.readTree(get(COMMITTEE + "?size=200", "staff.shinjuku").body()))).contains(id);

        Map<String, Object> edit = meeting("API の会議 (改)");
        edit.put("version", 0);
        HttpResponse<String> edited = send("PUT", "/api/meetings/" + id, "staff.shinjuku", edit);
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(json.readTree(edited.body()).get("version").asLong()).isEqualTo(1);

        HttpResponse<String> stale = send("PUT", "/api/meetings/" + id, "staff.minato", edit);
        assertProblem(stale, 409);
        assertThat(json.readTree(stale.body()).get("detail").asString()).contains("changed meanwhile");
        edit.remove("version");
        assertProblem(send("PUT", "/api/meetings/" + id, "staff.minato", edit), 400);
        assertThat(json.readTree(get("/api/meetings/" + id, "staff.minato").body()).get("title").asString())
                .isEqualTo("API の会議 (改)");
    }

    @Test
    void bad_input_is_a_400_problem_detail_and_stores_nothing() throws Exception {
        int before = json.readTree(get(COMMITTEE + "?size=200", "staff.minato").body()).size();
        Map<String, Object> blank = meeting(" ");
        HttpResponse<String> refused = send("POST", COMMITTEE, "staff.minato", blank);
        assertProblem(refused, 400);
        assertThat(json.readTree(refused.body()).get("detail").asString()).contains("title");

        Map<String, Object> backwards = meeting("逆転");
        backwards.put("endsAt", NEXT_WEEK.minusSeconds(3_600).toString());
        assertProblem(send("POST", COMMITTEE, "staff.minato", backwards), 400);
        Map<String, Object> badLink = meeting("悪いリンク");
        badLink.put("onlineUrl", "javascript:alert(1)");
        assertProblem(send("POST", COMMITTEE, "staff.minato", badLink), 400);
        Map<String, Object> unknown = meeting("未知の自治体");
        unknown.put("municipalities", List.of("atlantis"));
        assertProblem(send("POST", COMMITTEE, "staff.minato", unknown), 400);
        Map<String, Object> mode = meeting("未知の形式");
        mode.put("mode", "TELEPATHY");
        assertProblem(send("POST", COMMITTEE, "staff.minato", mode), 400);

        assertThat(json.readTree(get(COMMITTEE + "?size=200", "staff.minato").body()).size()).isEqualTo(before);
    }

    @Test
    void others_get_403_unknown_ids_404_and_a_second_cancel_409() throws Exception {
        String id = json.readTree(send("POST", COMMITTEE, "staff.minato", meeting("非公開の会議")).body()).get("id")
                .asString();
        assertProblem(get(COMMITTEE, "staff.mitaka"), 403);
        assertProblem(send("POST", COMMITTEE, "staff.mitaka", meeting("入れて")), 403);
        assertProblem(get("/api/meetings/" + id, "staff.mitaka"), 403);
        assertProblem(get("/api/meetings/" + id + "/attendance.csv", "staff.mitaka"), 403);
        assertProblem(send("POST", "/api/meetings/" + id + "/cancel", "staff.minato", Map.of()), 403);

        assertProblem(get("/api/meetings/no-such-meeting", "staff.minato"), 404);
        assertProblem(get("/api/meetings/no-such-meeting/attendance.csv", "staff.minato"), 404);
        assertProblem(send("POST", "/api/spaces/no-such-space/meetings", "staff.minato", meeting("x")), 404);

        HttpResponse<String> cancelled = send("POST", "/api/meetings/" + id + "/cancel", "moderator.musashino",
                Map.of());
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(json.readTree(cancelled.body()).get("status").asString()).isEqualTo("CANCELLED");
        assertProblem(send("POST", "/api/meetings/" + id + "/cancel", "secretariat", Map.of()), 409);
        assertThat(json.readTree(get("/api/meetings/" + id, "staff.minato").body()).get("status").asString())
                .isEqualTo("CANCELLED");
    }

    @Test
    void the_attendance_list_downloads_as_csv_with_a_byte_order_mark_and_japanese_names() throws Exception {
        String id = json.readTree(send("POST", COMMITTEE, "staff.minato", meeting("出欠表の会議")).body()).get("id")
                .asString();
        HttpResponse<String> recorded = send("PUT", "/api/meetings/" + id + "/attendance", "staff.minato",
                Map.of("members", List.of("academic.yamada"), "municipalities", List.of("minato", "hachioji"),
                        "version", 0));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(json.readTree(recorded.body()).get("attendance").get("recordedBy").asString())
                .isEqualTo("staff.minato");

        HttpResponse<byte[]> csv = bytes("/api/meetings/" + id + "/attendance.csv", "staff.shinjuku");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment").contains("attendance-").contains(".csv");
        byte[] body = csv.body();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(body, 3, body.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).extracting(r -> r.get("区分") + " " + r.get("ID") + " " + r.get("招待") + " " + r.get("出欠"))
                .containsExactly(
                        "メンバー academic.yamada ○ 出席",
                        "メンバー staff.shinjuku ○ 欠席",
                        "自治体 minato ○ 出席",
                        "自治体 hachioji  出席",
                        "自治体 niijima ○ 欠席");
        // a member's name is the profile's display name once they have signed in, the username before
        assertThat(rows.get(1).get("名前")).isIn("staff.shinjuku", "新宿区 職員");
        assertThat(rows.subList(2, 5)).extracting(r -> r.get("名前") + "/" + r.get("自治体"))
                .containsExactly("港区/港区", "八王子市/八王子市", "新島村/新島村");
    }

    @Test
    void a_demo_meeting_of_the_committee_lists_its_twenty_municipalities_in_the_csv() throws Exception {
        HttpResponse<byte[]> csv = bytes("/api/meetings/municipal-committee-2011-1/attendance.csv", "staff.minato");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF区分,ID,名前,自治体,招待,出欠").contains("自治体,minato,港区,港区,○,出席")
                .contains("自治体,niijima,新島村,新島村,○,欠席");
        assertThat(text.lines().count()).isEqualTo(21);
    }

    private Map<String, Object> meeting(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("startsAt", NEXT_WEEK.toString());
        body.put("endsAt", NEXT_WEEK.plus(2, ChronoUnit.HOURS).toString());
        body.put("mode", "hybrid");
        body.put("place", "特別区協議会 会議室");
        body.put("onlineUrl", "https://meet.example.org/taiwa");
        body.put("members", List.of("staff.shinjuku", "academic.yamada"));
        body.put("municipalities", List.of("niijima", "minato"));
        body.put("agenda", "1. **J-VER** の共同購入\n\n<script>alert(1)</script>");
        body.put("documents", List.of(Map.of("title", "提言", "url", "http://all62.jp/jigyo/carbonoffset.html")));
        return body;
    }

    private HttpResponse<String> send(String method, String path, String user, Map<String, Object> body)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), user);
    }

    private HttpResponse<byte[]> bytes(String path, String user) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":taiwa-demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).header("Authorization",
                "Basic " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
