package org.taiwa.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2011-11-30T01:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"auth.sign-in", "auth.sign-in-failed", "space.create", "purchase.campaign.close"})
    void dotted_lower_case_codes_are_actions(String action) {
        assertThat(entry("staff.minato", action).action()).isEqualTo(action);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "signin", "Auth.sign-in", "auth.", ".auth", "auth..x", "auth.sign in", "1auth.x"})
    void anything_else_is_refused_as_an_action(String action) {
        assertThatThrownBy(() -> entry("staff.minato", action)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void a_missing_actor_is_anonymous(String actor) {
        assertThat(entry(actor, "auth.sign-in-failed").actor()).isEqualTo(AuditEntry.ANONYMOUS);
    }

    @Test
    void missing_text_becomes_empty_never_null() {
        var entry = new AuditEntry("1", AT, "secretariat", "space.create", null, null, null);
        assertThat(entry.target()).isEmpty();
        assertThat(entry.detail()).isEmpty();
        assertThat(entry.origin()).isEmpty();
    }

    @Test
    void text_is_stripped_and_control_characters_cannot_forge_lines() {
        assertThat(entry("  staff.minato \t", "auth.sign-in-failed").actor()).isEqualTo("staff.minato");
        assertThat(entry("evil\nauth.sign-in ok", "auth.sign-in-failed").actor()).isEqualTo("evil auth.sign-in ok");
        assertThat(entry("a\r\nb", "auth.sign-in-failed").actor()).isEqualTo("a  b");
    }

    @Test
    void over_long_text_is_cut_without_splitting_a_character() {
        String actor = "あ".repeat(AuditEntry.MAX_ACTOR + 50);
        assertThat(entry(actor, "auth.sign-in-failed").actor()).hasSize(AuditEntry.MAX_ACTOR);

        String emoji = "x".repeat(AuditEntry.MAX_ACTOR - 1) + "😀";
        String cut = entry(emoji, "auth.sign-in-failed").actor();
        assertThat(cut).isEqualTo("x".repeat(AuditEntry.MAX_ACTOR - 1));
        assertThat(AuditEntry.clean("d".repeat(AuditEntry.MAX_DETAIL * 2), AuditEntry.MAX_DETAIL))
                .hasSize(AuditEntry.MAX_DETAIL);
    }

    private static AuditEntry entry(String actor, String action) {
        return new AuditEntry("1", AT, actor, action, "", "", "127.0.0.1");
    }
}
