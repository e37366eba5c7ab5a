package org.taiwa.discussion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.taiwa.discussion.ReactionKind;

class CardButtonsTest {

    private final CardButtons buttons = new CardButtons(key -> key.equals("enum.ReactionKind.AGREE") ? "賛成" : key);

    @Test
    void a_reaction_is_a_pressed_or_unpressed_button_with_who_reacted_as_its_title() {
        assertThat(buttons.reaction(ReactionKind.AGREE, 2, true, "staff.minato, staff.hachioji", true))
                .isEqualTo("<button type=\"button\" class=\"taiwa-reaction taiwa-reaction-agree\" "
                        + "data-action=\"react-AGREE\" aria-pressed=\"true\" title=\"staff.minato, staff.hachioji\">"
                        + "賛成 2</button>");
        assertThat(buttons.offered()).containsExactly("react-AGREE");
    }

    @Test
    void a_disabled_reaction_is_shown_but_not_offered() {
        assertThat(buttons.reaction(ReactionKind.AGREE, 0, false, null, false))
                .contains(" disabled>賛成</button>").doesNotContain("title=");
        assertThat(buttons.offered()).isEmpty();
    }

    @Test
    void labels_and_titles_are_escaped() {
        String html = buttons.reaction(ReactionKind.AGREE, 1, false, "<script>alert(1)</script>\"", true)
                + buttons.action("toggle", "taiwa-toggle", "返信 <b>2</b> 件", false, null);
        assertThat(html).doesNotContain("<script>", "<b>")
                .contains("title=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;\"")
                .contains("aria-expanded=\"false\">返信 &lt;b&gt;2&lt;/b&gt; 件</button>");
        assertThat(buttons.offered()).containsExactlyInAnyOrder("react-AGREE", "toggle");
    }

    @Test
    void the_container_holds_the_buttons_as_its_html_and_remembers_them() {
        String reply = buttons.action("reply", "taiwa-reply", "返信", null, null);
        var container = buttons.html("taiwa-post-buttons", reply);
        assertThat(container.getElement().getProperty("innerHTML")).isEqualTo(reply);
        assertThat(container.getClassNames()).containsExactly("taiwa-post-buttons");
        assertThat(buttons.offered()).containsExactly("reply");
    }
}
