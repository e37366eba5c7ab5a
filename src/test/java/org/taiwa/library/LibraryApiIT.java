package org.taiwa.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.taiwa.DemoApiSupport;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.library.internal.TestFiles;

import tools.jackson.databind.JsonNode;

@TaiwaIntegrationTest
class LibraryApiIT extends DemoApiSupport {

    @Test
    void a_document_is_uploaded_read_listed_and_downloaded_with_its_japanese_name() throws Exception {
        String title = LibraryIT.unique("自治体向けガイドブック");
        byte[] pdf = TestFiles.pdf("Guidebook " + title.substring(title.length() - 8));
        HttpResponse<String> created = upload("staff.minato", fields(title, "GUIDEBOOK", "平成23年度", "ALL_MUNICIPALITIES",
                "municipalities", "港区,shinjuku", "municipalities", "Hachioji", "tags", "ガイドブック, J-VER",
                "model", "取組モデル2", "stage", "企画立案", "summary", "要約"), "ガイドブック（案）.pdf", pdf);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode document = json.readTree(created.body());
        String id = document.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/documents/" + id);
        assertThat(document.get("title").asString()).isEqualTo(title);
        assertThat(document.get("documentType").asString()).isEqualTo("GUIDEBOOK");
        assertThat(document.get("fiscalYear").get("year").asInt()).isEqualTo(2011);
        assertThat(document.get("fiscalYear").get("label").asString()).isEqualTo("平成23年度 (2011)");
        assertThat(document.get("municipalities").values().stream().map(m -> m.get("code").asString()).toList())
                .containsExactly("minato", "shinjuku", "hachioji");
        assertThat(document.get("model").asString()).isEqualTo("MODEL_2");
        assertThat(document.get("stage").asString()).isEqualTo("PLANNING");
        assertThat(document.get("tags").values().stream().map(JsonNode::asString).toList())
                .containsExactly("ガイドブック", "J-VER");
        assertThat(document.get("latest").get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(document.get("latest").get("fileName").asString()).isEqualTo("ガイドブック（案）.pdf");

        assertThat(json.readTree(get("/api/documents/" + id, "staff.hachioji").body()).get("title").asString())
                .isEqualTo(title);
        JsonNode list = json.readTree(get("/api/documents?q=" + enc(title) + "&year=H23&type=GUIDEBOOK&sort=title",
                "staff.hachioji").body());
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(ids(list.get("documents"))).containsExactly(id);

        HttpResponse<byte[]> file = download("/api/documents/" + id + "/file", "staff.hachioji");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String disposition = file.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        String encoded = disposition.substring(disposition.indexOf("UTF-8''") + 7);
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("ガイドブック（案）.pdf");
        await().atMost(Duration.ofSeconds(60)).until(() -> json.readTree(get("/api/documents/" + id, "staff.minato")
                .body()).get("latest").get("extraction").get("status").asString().equals("EXTRACTED"));
    }

    @Test
    void bad_input_is_a_400_problem_detail() throws Exception {
        byte[] text = LibraryIT.unique("x").getBytes(StandardCharsets.UTF_8);
        assertProblem(upload("staff.minato", fields("", "REPORT", "2011", "PUBLIC"), "a.txt", text), 400);
        HttpResponse<String> year = upload("staff.minato", fields("t", "REPORT", "平成99年度", "PUBLIC"), "a.txt", text);
        assertProblem(year, 400);
        assertThat(json.readTree(year.body()).get("detail").asString()).contains("fiscalYear");
        HttpResponse<String> place = upload("staff.minato", fields("t", "REPORT", "2011", "PUBLIC", "municipalities",
                "大阪市"), "a.txt", text);
        assertProblem(place, 400);
        assertThat(json.readTree(place.body()).get("detail").asString()).contains("大阪市");
        assertProblem(upload("staff.minato", fields("t", "REPORT", "2011", "MEMBERS_ONLY"), "a.txt", text), 400);
        assertProblem(upload("staff.minato", fields("t", "NOVEL", "2011", "PUBLIC"), "a.txt", text), 400);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        HttpResponse<String> image = upload("staff.minato", fields("t", "REPORT", "2011", "PUBLIC"), "scan.pdf", png);
        assertProblem(image, 400);
        assertThat(json.readTree(image.body()).get("detail").asString()).contains("image/png");
        assertProblem(get("/api/documents?year=someday", "staff.minato"), 400);
    }

    @Test
    void members_only_documents_and_other_peoples_documents_are_a_403() throws Exception {
        assertProblem(upload("staff.mitaka", fields("t", "MINUTES", "2011", "MEMBERS_ONLY", "spaceId",
                "municipal-committee"), "a.txt", LibraryIT.unique("x").getBytes(StandardCharsets.UTF_8)), 403);
        String id = created(upload("staff.minato", fields(LibraryIT.unique("議事録"), "MINUTES", "2011", "MEMBERS_ONLY",
                "spaceId", "municipal-committee"), "m.txt", LibraryIT.unique("議事録").getBytes(StandardCharsets.UTF_8)));
        assertProblem(get("/api/documents/" + id, "staff.mitaka"), 403);
        assertProblem(get("/api/documents/" + id + "/file", "staff.mitaka"), 403);
        assertThat(get("/api/documents/" + id, "staff.shinjuku").statusCode()).isEqualTo(200);
        assertProblem(send(HttpRequest.newBuilder(uri("/api/documents/" + id)).DELETE(), "staff.shinjuku"), 403);
        assertProblem(put("/api/documents/" + id, "staff.shinjuku", Map.of("title", "x", "documentType", "MINUTES",
                "fiscalYear", "2011", "visibility", "PUBLIC")), 403);
    }

    @Test
    void unknown_documents_and_versions_are_a_404_and_deleted_ones_too() throws Exception {
        assertProblem(get("/api/documents/no-such-document", "staff.minato"), 404);
        String id = created(upload("staff.minato", fields(LibraryIT.unique("資料"), "MATERIAL", "R1", "PUBLIC"), "a.md",
                LibraryIT.unique("# 資料").getBytes(StandardCharsets.UTF_8)));
        assertThat(json.readTree(get("/api/documents/" + id, "staff.minato").body()).get("fiscalYear").get("label")
                .asString()).isEqualTo("令和元年度 (2019)");
        assertProblem(get("/api/documents/" + id + "/versions/2/file", "staff.minato"), 404);
        HttpResponse<String> edited = put("/api/documents/" + id, "staff.minato", Map.of("title", "改訂版",
                "documentType", "REPORT", "fiscalYear", "2019", "visibility", "PUBLIC"));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(json.readTree(edited.body()).get("title").asString()).isEqualTo("改訂版");
        assertThat(send(HttpRequest.newBuilder(uri("/api/documents/" + id)).DELETE(), "staff.minato").statusCode())
                .isEqualTo(204);
        assertProblem(get("/api/documents/" + id, "staff.minato"), 404);
    }

    @Test
    void the_same_file_again_is_a_409_naming_the_existing_document() throws Exception {
        byte[] content = LibraryIT.unique("提言").getBytes(StandardCharsets.UTF_8);
        String id = created(upload("staff.minato", fields("提言", "PROPOSAL", "2011", "PUBLIC"), "p.txt", content));
        HttpResponse<String> again = upload("staff.shinjuku", fields("提言の写し", "PROPOSAL", "2011", "PUBLIC"),
                "copy.txt", content);
        assertProblem(again, 409);
        assertThat(json.readTree(again.body()).get("existingId").asString()).isEqualTo(id);
        HttpResponse<String> version = multipart("/api/documents/" + id + "/versions", "staff.minato", List.of(),
                "p2.txt", TestFiles.docx(LibraryIT.unique("第2版")));
        assertThat(version.statusCode()).as(version.body()).isEqualTo(201);
        assertThat(json.readTree(version.body()).get("versions").size()).isEqualTo(2);
    }

    @Test
    void two_new_versions_on_top_of_the_same_one_are_a_201_and_a_409_and_the_refused_file_can_follow()
            throws Exception {
        String marker = LibraryIT.unique("版");
        String id = created(upload("staff.minato", fields(marker, "REPORT", "2011", "PUBLIC"), "v1.txt",
                marker.getBytes(StandardCharsets.UTF_8)));
        byte[] first = TestFiles.odt("第2版 " + marker);
        byte[] second = TestFiles.doc("別の第2版 " + marker);
        // both sent at once, both made on top of version 1
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<HttpResponse<String>> responses;
        try {
            var a = pool.submit(() -> multipart("/api/documents/" + id + "/versions", "staff.minato",
                    List.of("basedOn", "1"), "a.odt", first));
            var b = pool.submit(() -> multipart("/api/documents/" + id + "/versions", "secretariat",
                    List.of("basedOn", "1"), "b.doc", second));
            responses = List.of(a.get(), b.get());
        } finally {
            pool.shutdownNow();
        }
        assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409);
        HttpResponse<String> refused = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertProblem(refused, 409);
        JsonNode document = json.readTree(get("/api/documents/" + id, "staff.minato").body());
        assertThat(document.get("versions").size()).isEqualTo(2);

        String refusedName = responses.getFirst().statusCode() == 409 ? "a.odt" : "b.doc";
        byte[] refusedFile = refusedName.equals("a.odt") ? first : second;
        assertProblem(multipart("/api/documents/" + id + "/versions", "staff.minato", List.of("basedOn", "1"),
                refusedName, refusedFile), 409);
        HttpResponse<String> retried = multipart("/api/documents/" + id + "/versions", "staff.minato",
                List.of("basedOn", "2"), refusedName, refusedFile);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(json.readTree(retried.body()).get("latest").get("fileName").asString()).isEqualTo(refusedName);
        assertThat(json.readTree(retried.body()).get("versions").size()).isEqualTo(3);
    }

    @Test
    void a_file_over_the_limit_is_a_413() throws Exception {
        byte[] huge = new byte[50 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'x');
        HttpResponse<String> response = upload("staff.minato", fields("大きい", "OTHER", "2011", "PUBLIC"), "huge.txt",
                huge);
        assertProblem(response, 413);
    }

    private HttpResponse<String> upload(String user, List<String> fields, String fileName, byte[] content)
            throws IOException, InterruptedException {
        return multipart("/api/documents", user, fields, fileName, content);
    }

    /** title, documentType, fiscalYear, visibility, then more name/value pairs. */
    private static List<String> fields(String title, String type, String year, String visibility, String... more) {
        var fields = new ArrayList<>(List.of("title", title, "documentType", type, "fiscalYear", year, "visibility",
                visibility));
        fields.addAll(List.of(more));
        return fields;
    }

    private HttpResponse<String> multipart(String path, String user, List<String> fields, String fileName,
                                           byte[] content) throws IOException, InterruptedException {
        String boundary = "taiwa-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        for (int i = 0; i < fields.size(); i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields.get(i)
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + fields.get(i + 1) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), user);
    }

    private HttpResponse<byte[]> download(String path, String user) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":taiwa-demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asString();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
