package org.taiwa.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.library.internal.TestFiles;
import org.taiwa.security.policy.Visibility;

/**
 * Two new versions of one document at once, both made on top of the same version: one wins, the other is told
 * and stores nothing, and its file can be added again on top of the winner.
 */
@TaiwaIntegrationTest
class ConcurrentVersionsIT {

    @Autowired
    DocumentUploads uploads;
    @Autowired
    PolicyLibrary library;
    @Autowired
    MongoTemplate mongo;

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Test
    void a_version_on_top_of_one_that_is_no_longer_the_latest_is_refused_and_stores_nothing() throws Exception {
        member.signIn("staff.minato");
        String marker = LibraryIT.unique("報告書");
        PolicyDocument document = upload(marker);
        byte[] mine = TestFiles.docx("港区の改訂 " + marker);
        byte[] theirs = TestFiles.odt("事務局の改訂 " + marker);

        // the secretariat adds version 2 while the uploader still looks at version 1
        member.signIn("secretariat");
        uploads.addVersion(document.id(), "事務局版.odt", new ByteArrayInputStream(theirs), 1);
        member.signIn("staff.minato");
        assertThatThrownBy(() -> uploads.addVersion(document.id(), "港区版.docx", new ByteArrayInputStream(mine), 1))
                .isInstanceOfSatisfying(DocumentConflictException.class,
                        e -> assertThat(e.getCodes()).containsExactly("library.error.conflict"));

        PolicyDocument now = library.get(document.id());
        assertThat(now.versions()).extracting(DocumentVersion::fileName).containsExactly("v1.txt", "事務局版.odt");
        assertThat(storedFiles(document)).isEqualTo(2);
        // after a reload the same file goes on top of version 2: its hash was not kept by the refused attempt
        PolicyDocument retried = uploads.addVersion(document.id(), "港区版.docx", new ByteArrayInputStream(mine), 2);
        assertThat(retried.versions()).extracting(DocumentVersion::fileName)
                .containsExactly("v1.txt", "事務局版.odt", "港区版.docx");
        assertThat(storedFiles(document)).isEqualTo(3);
    }

    @Test
    void of_two_versions_uploaded_at_the_same_moment_on_top_of_the_same_one_exactly_one_is_stored() throws Exception {
        member.signIn("staff.shinjuku");
        String marker = LibraryIT.unique("提言");
        PolicyDocument document = upload(marker);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= 3; round++) {
                int basedOn = round;
                var start = new CountDownLatch(1);
                List<Future<PolicyDocument>> attempts = new ArrayList<>();
                for (String who : List.of("A", "B")) {
                    byte[] file = TestFiles.docx(marker + " 第" + (round + 1) + "版 " + who);
                    attempts.add(pool.submit(() -> {
                        member.signIn("staff.shinjuku");
                        start.await();
                        try (InputStream in = new ByteArrayInputStream(file)) {
                            return uploads.addVersion(document.id(), who + ".docx", in, basedOn);
                        }
                    }));
                }
                start.countDown();
                int stored = 0;
                int refused = 0;
                for (Future<PolicyDocument> attempt : attempts) {
                    try {
                        assertThat(attempt.get(60, TimeUnit.SECONDS).versions()).hasSize(round + 1);
                        stored++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(DocumentConflictException.class);
                        refused++;
                    }
                }
                assertThat(stored).as("round " + round).isEqualTo(1);
                assertThat(refused).as("round " + round).isEqualTo(1);
                assertThat(library.get(document.id()).versions()).hasSize(round + 1);
                assertThat(storedFiles(document)).isEqualTo(round + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private PolicyDocument upload(String marker) {
        return uploads.upload(LibraryIT.metadata(marker, Visibility.ALL_MUNICIPALITIES, null), "v1.txt",
                new ByteArrayInputStream(("第1版 " + marker).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Originals in GridFS for the document: a refused version must not leave one behind. */
    private long storedFiles(PolicyDocument document) {
        return mongo.count(Query.query(where("metadata.documentId").is(document.id().value())),
                "document_originals.files");
    }
}
