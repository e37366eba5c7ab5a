package org.taiwa.discussion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionMarkupTest {

    private static final Set<String> MEMBERS = Set.of("staff.minato", "staff.shinjuku", "academic.yamada");
    private static final Map<String, String> MUNICIPALITIES = Map.of("港区", "minato", "府中市", "fuchu",
            "府中町", "fuchu-town", "新宿区", "shinjuku");
    private static final Pattern ASCII = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?");

    /** Like the real directory: the longest Japanese name, else a username, else a municipality id. */
    private static final MentionTargets TARGETS = text -> {
        Optional<Mention> byName = MUNICIPALITIES.keySet().stream().filter(text::startsWith)
                .max(Comparator.comparingInt(String::length))
                .map(name -> new Mention(Mention.Kind.MUNICIPALITY, MUNICIPALITIES.get(name), name));
        if (byName.isPresent()) {
            return byName;
        }
        Matcher name = ASCII.matcher(text);
        if (!name.lookingAt()) {
            return Optional.empty();
        }
        String written = name.group();
        if (MEMBERS.contains(written)) {
            return Optional.of(new Mention(Mention.Kind.MEMBER, written, written));
        }
        return MUNICIPALITIES.values().stream().filter(written::equals).findFirst()
                .map(id -> new Mention(Mention.Kind.MUNICIPALITY, id, written));
    };

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        @staff.minato さん、ご確認ください                | MEMBER:staff.minato
        @港区の提案に賛成です                             | MUNICIPALITY:minato
        @staff.minato.                                  | MEMBER:staff.minato
        (@新宿区)と@staff.shinjuku                       | MUNICIPALITY:shinjuku MEMBER:staff.shinjuku
        **@港区** と _@staff.minato_                      | MUNICIPALITY:minato MEMBER:staff.minato
        @minato の担当者                                  | MUNICIPALITY:minato
        > @academic.yamada 先生の意見                     | MEMBER:academic.yamada
        - @港区\\n- @新宿区                               | MUNICIPALITY:minato MUNICIPALITY:shinjuku
        """)
    void finds_members_and_municipalities_in_text(String markdown, String expected) {
        assertThat(mentions(markdown.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        code span                 | `@staff.minato` は例です
        fenced code block         | ```\\n@staff.minato\\n```
        indented code block       | 例:\\n\\n    @港区 はコード
        unknown member            | @staff.nobody さん
        unknown municipality      | @大阪市 の事例
        e-mail address            | office@staff.minato.example
        at sign alone             | @ だけ
        link text                 | [@港区 の資料](https://example.jp)
        """)
    void ignores_code_unknown_names_and_addresses(String name, String markdown) {
        assertThat(mentions(markdown.replace("\\n", "\n"))).as(name).isEmpty();
    }

    @Test
    void the_longest_japanese_name_wins() {
        assertThat(mentions("@府中町の例")).isEqualTo("MUNICIPALITY:fuchu-town");
        assertThat(mentions("@府中市と")).isEqualTo("MUNICIPALITY:fuchu");
    }

    @Test
    void mentions_render_as_spans_and_the_rest_stays_text() {
        var rendered = MarkdownRenderer.render("@港区 と @staff.nobody と `@staff.minato`", TARGETS);
        assertThat(rendered.html()).isEqualTo("<p><span class=\"taiwa-mention\">@港区</span> と @staff.nobody と "
                + "<code>@staff.minato</code></p>");
        assertThat(rendered.mentions()).containsExactly(new Mention(Mention.Kind.MUNICIPALITY, "minato", "港区"));
    }

    @Test
    void text_around_a_mention_keeps_its_markup() {
        assertThat(MarkdownRenderer.render("前 **@staff.minato さん** 後", TARGETS).html())
                .isEqualTo("<p>前 <strong><span class=\"taiwa-mention\">@staff.minato</span> さん</strong> 後</p>");
    }

    @Test
    void a_post_full_of_at_signs_costs_a_bounded_number_of_lookups() {
        int[] lookups = {0};
        MentionTargets counting = text -> {
            lookups[0]++;
            return Optional.empty();
        };
        MarkdownRenderer.render("@x ".repeat(5_000), counting);
        assertThat(lookups[0]).isEqualTo(MentionMarkup.MAX_LOOKUPS);
    }

    private static String mentions(String markdown) {
        List<Mention> found = MarkdownRenderer.render(markdown, TARGETS).mentions();
        return String.join(" ", found.stream().map(m -> m.kind() + ":" + m.key()).toList());
    }
}
