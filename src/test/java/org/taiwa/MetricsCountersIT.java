package org.taiwa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.library.DocumentFeed;
import org.taiwa.library.DocumentMetadata;
import org.taiwa.library.DocumentType;
import org.taiwa.library.DocumentUploads;
import org.taiwa.library.ExtractionReason;
import org.taiwa.library.ExtractionStatus;
import org.taiwa.library.FiscalYear;
import org.taiwa.library.PolicyDocument;
import org.taiwa.library.internal.TestFiles;
import org.taiwa.purchase.AllocationRule;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CampaignStatus;
import org.taiwa.purchase.Campaigns;
import org.taiwa.purchase.NewCampaign;
import org.taiwa.purchase.SignUpRequest;
import org.taiwa.purchase.SignUps;
import org.taiwa.security.policy.Visibility;

/**
 * The counters an operator alerts on (docs/observability.md), read the way Prometheus reads them: by a scraper with
 * the metrics token. Counters only grow and the tests share the application, so each test compares the figures
 * before and after what it does.
 */
@TaiwaIntegrationTest
class MetricsCountersIT extends DemoApiSupport {

    private static final String SIGN_UPS = "taiwa_purchase_sign_ups_total";
    private static final String EXTRACTION_FAILURES = "taiwa_library_extraction_failures_total";

    private final HttpClient scraper = HttpClient.newHttpClient();

    @Autowired
    Campaigns campaigns;
    @Autowired
    SignUps signUps;
    @Autowired
    DocumentUploads uploads;
    @Autowired
    DocumentFeed feed;

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Test
    void only_the_scraper_with_the_token_reads_the_metrics_without_signing_in() throws Exception {
        assertThat(scrape("Bearer " + TaiwaIntegrationTest.METRICS_TOKEN).statusCode()).isEqualTo(200);
        assertThat(scrape("Bearer " + TaiwaIntegrationTest.METRICS_TOKEN + "x").statusCode()).isEqualTo(401);
        assertThat(scrape("Bearer").statusCode()).isEqualTo(401);
    }

    @Test
    void a_sign_up_counts_as_accepted_a_refusal_as_refused_and_a_replay_not_at_all() throws Exception {
        member.signIn("secretariat");
        Instant now = Instant.now();
        Campaign draft = campaigns.create(new NewCampaign("メトリクス確認 " + UUID.randomUUID(),
                "kamaishi-forest-jcredit", 500, 8_000, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(3)),
                1, 60, AllocationRule.FIRST_COME, null));
        Campaign campaign = campaigns.transition(draft.id(), CampaignStatus.OPEN);
        String before = metrics();

        member.signIn("staff.minato");
        String key = UUID.randomUUID().toString();
        signUps.signUp(campaign.id(), new MunicipalityId("minato"), request(10), key);
        signUps.signUp(campaign.id(), new MunicipalityId("minato"), request(10), key);
        member.signIn("staff.shinjuku");
        try {
            signUps.signUp(campaign.id(), new MunicipalityId("shinjuku"), request(61), UUID.randomUUID().toString());
        } catch (RuntimeException tooMany) {
            // above the campaign's 60 t: refused, and counted
        }
        String after = metrics();

        assertThat(value(after, SIGN_UPS, "result", "accepted") - value(before, SIGN_UPS, "result", "accepted"))
                .as("one new sign-up; its replay is not counted").isEqualTo(1.0);
        assertThat(value(after, SIGN_UPS, "result", "refused") - value(before, SIGN_UPS, "result", "refused"))
                .isEqualTo(1.0);
    }

    @Test
    void an_upload_whose_text_cannot_be_read_counts_as_an_extraction_failure() throws Exception {
        String before = metrics();
        member.signIn("staff.minato");
        var metadata = new DocumentMetadata("壊れた PDF " + UUID.randomUUID(), "", DocumentType.MATERIAL,
                FiscalYear.of(2011), List.of(new MunicipalityId("minato")), null, null, null, List.of(),
                Visibility.ALL_MUNICIPALITIES, "");
        // a comment of its own after the header: the same bytes twice would be refused as a duplicate file
        byte[] corrupt = TestFiles.corruptPdf();
        byte[] unique = ("%PDF-1.7\n%" + UUID.randomUUID() + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] content = new byte[unique.length + corrupt.length - "%PDF-1.7\n".length()];
        System.arraycopy(unique, 0, content, 0, unique.length);
        System.arraycopy(corrupt, "%PDF-1.7\n".length(), content, unique.length, corrupt.length - "%PDF-1.7\n".length());
        PolicyDocument broken = uploads.upload(metadata, "broken.pdf", new ByteArrayInputStream(content));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> feed.current(broken.id()).orElseThrow().extraction().status().done());
        assertThat(feed.current(broken.id()).orElseThrow().extraction().status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(feed.current(broken.id()).orElseThrow().extraction().reason()).isEqualTo(ExtractionReason.CORRUPT);

        // the counter follows the stored outcome: read until this node's extraction has counted it
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                value(metrics(), EXTRACTION_FAILURES, "reason", "corrupt") - value(before, EXTRACTION_FAILURES,
                        "reason", "corrupt")).isEqualTo(1.0));
        String after = metrics();
        assertThat(after).containsPattern(EXTRACTION_FAILURES + "\\{[^}]*reason=\"corrupt\"[^}]*status=\"failed\"");
    }

    private static SignUpRequest request(long tonnes) {
        return new SignUpRequest(tonnes, new SignUpRequest.Contact("環境課 山田", "yamada@example.jp", ""),
                List.of(new SignUpRequest.EventToOffset("環境フェア", LocalDate.of(2026, 10, 1), Math.min(tonnes, 60), null)));
    }

    private String metrics() throws Exception {
        HttpResponse<String> response = scrape("Bearer " + TaiwaIntegrationTest.METRICS_TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> scrape(String authorization) throws Exception {
        return scraper.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).header("Authorization", authorization)
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The sum of a counter's series whose label has this value; 0 while the counter has none yet. */
    private static double value(String prometheus, String name, String label, String labelValue) {
        String tag = label + "=\"" + labelValue + "\"";
        return prometheus.lines().filter(line -> line.startsWith(name + "{") && line.contains(tag))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
