package org.taiwa.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.audit.AuditFilter;
import org.taiwa.audit.AuditLog;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.ThreadService;

/** The secretariat's rebuild and synonym list; nobody else's. */
@TaiwaIntegrationTest
class SearchAdminIT {

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Autowired
    SearchAdmin admin;
    @Autowired
    SearchService search;
    @Autowired
    ThreadService threads;
    @Autowired
    AuditLog audit;

    @Test
    void only_the_secretariat_rebuilds_or_edits_synonyms() {
        member.signIn("staff.minato");
        assertThatThrownBy(() -> admin.rebuild()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.saveSynonyms("a, b")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.status()).isInstanceOf(AccessDeniedException.class);
    }

    /** A word of this run only (the test database outlives runs). */
    private static String unique(String prefix) {
        return prefix + java.util.UUID.randomUUID().toString().replaceAll("[^a-z]", "");
    }

    @Test
    void a_rebuild_keeps_answering_and_ends_with_the_same_hits() {
        String word = unique("zqrebuild");
        member.signIn("staff.minato");
        threads.start(new SpaceId("forum"), "再構築の試験 " + word, "本文 " + word);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            member.signIn("staff.minato");
            return search.search(SearchQuery.of(word)).total() == 1;
        });
        member.signIn("secretariat");
        int before = admin.status().items();
        assertThat(admin.rebuild()).isTrue();
        assertThat(admin.status().rebuilding()).isTrue();
        assertThat(search.search(SearchQuery.of(word)).total()).as("answers meanwhile").isEqualTo(1);
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            member.signIn("secretariat");
            return !admin.status().rebuilding();
        });
        member.signIn("secretariat");
        IndexStatus after = admin.status();
        assertThat(after.rebuildFinished()).isNotNull();
        assertThat(after.items()).isGreaterThanOrEqualTo(before);
        assertThat(search.search(SearchQuery.of(word)).total()).isEqualTo(1);
        assertThat(audit.find(new AuditFilter("secretariat", "search.rebuild", null, null), 0, 5)).isNotEmpty();
    }

    @Test
    void saved_synonyms_apply_to_the_next_search_without_reindexing() {
        String source = unique("zqsource");
        String target = unique("zqtarget");
        member.signIn("secretariat");
        String original = admin.synonyms();
        try {
            member.signIn("staff.minato");
            threads.start(new SpaceId("forum"), "同義語の試験", "本文 " + target);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                member.signIn("staff.minato");
                return search.search(SearchQuery.of(target)).total() == 1;
            });
            assertThat(search.search(SearchQuery.of(source)).total()).isZero();
            member.signIn("secretariat");
            admin.saveSynonyms(original + "\n" + source + ", " + target);
            member.signIn("staff.minato");
            assertThat(search.search(SearchQuery.of(source)).total()).isEqualTo(1);
        } finally {
            member.signIn("secretariat");
            admin.saveSynonyms(original);
        }
    }
}
