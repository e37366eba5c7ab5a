package org.taiwa.discussion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private static final Pattern EVENT_HANDLER = Pattern.compile("on\\w+=", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ALLOWED_TAGS = Set.of("body", "p", "br", "hr", "em", "strong", "code", "pre",
            "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "a", "span");
    /** Names every @word a mention, so that the corpus also runs through the mention markup. */
    private static final MentionTargets EVERYONE = text -> {
        var name = Pattern.compile("\\S+").matcher(text);
        return name.lookingAt() ? java.util.Optional.of(new Mention(Mention.Kind.MEMBER, name.group(), name.group()))
                : java.util.Optional.empty();
    };

    /** OWASP XSS filter-evasion cheat-sheet style vectors, as raw HTML and as Markdown. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
        "<img src=x onerror=alert(1)>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
        "<svg/onload=alert('XSS')>",
        "<BODY ONLOAD=alert('XSS')>",
        "<iframe src=\"javascript:alert('XSS');\"></iframe>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
        "<div style=\"background-image: url(javascript:alert('XSS'))\">x</div>",
        "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
        "<object data=\"javascript:alert(1)\"></object>",
        "<details open ontoggle=alert(1)>",
        "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
        "[click](javascript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](  javascript:alert(1) \"title\")",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](vbscript:msgbox(1))",
        "![x](javascript:alert(1))",
        "![x](https://evil.example/x.png\"onerror=\"alert(1))",
        "<javascript:alert(1)>",
        "[a](https://ok.example \"x\\\" onmouseover=\\\"alert(1)\")",
        "```html\n<script>alert(1)</script>\n```",
        "> <script>alert(1)</script>",
        "* <a href=javascript:alert(1)>x</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "[x]: javascript:alert(1)\n\n[link][x]",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">e</a>",
        "<span class=\"taiwa-mention\" onclick=\"alert(1)\">@港区</span>",
        "<span style=\"position:fixed;inset:0\" class=\"v-login-overlay\">x</span>",
        "@<script>alert(1)</script>",
        "@\"><img src=x onerror=alert(1)>",
        "@javascript:alert(1)",
        "[@x](javascript:alert(1))",
    })
    void xss_vectors_come_out_inert(String vector) {
        assertInert(MarkdownRenderer.toSafeHtml(vector));
        assertInert(MarkdownRenderer.render(vector, EVERYONE).html());
    }

    private static void assertInert(String html) {
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<img", "<iframe", "<svg", "<object",
                "<style", "<input", "<math", "<div");
        // what a vector leaves behind as escaped text (e.g. "&lt;a href=javascript:…") is inert and may
        // stay readable; the markup itself must carry no handler and no script URL
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(ALLOWED_TAGS).as(html).contains(element.normalName());
            if (element.normalName().equals("span")) {
                assertThat(element.attributes().asList()).as(html).extracting(Attribute::getKey, Attribute::getValue)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("class", "taiwa-mention"));
            }
            for (Attribute attribute : element.attributes()) {
                assertThat(EVENT_HANDLER.matcher(attribute.getKey() + "=").matches()).as(html).isFalse();
                assertThat(attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", ""))
                        .as(html).doesNotContain("javascript:", "vbscript:", "data:");
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        **合意**しました                          | <p><strong>合意</strong>しました</p>
        *共感*します                              | <p><em>共感</em>します</p>
        `J-VER` のクレジット                       | <p><code>J-VER</code> のクレジット</p>
        > 提言1を支持します                         | <blockquote><p>提言1を支持します</p></blockquote>
        # 第3回 自治体委員会                       | <h1>第3回 自治体委員会</h1>
        """)
    void japanese_markdown_renders(String markdown, String html) {
        assertThat(MarkdownRenderer.toSafeHtml(markdown).replace("\n", "")).isEqualTo(html);
    }

    @org.junit.jupiter.api.Test
    void lists_keep_their_items() {
        assertThat(MarkdownRenderer.toSafeHtml("- 港区\n- 新宿区\n"))
                .isEqualTo("<ul>\n<li>港区</li>\n<li>新宿区</li>\n</ul>");
    }

    @org.junit.jupiter.api.Test
    void links_keep_http_and_mailto_and_get_nofollow() {
        assertThat(MarkdownRenderer.toSafeHtml("[報告書](https://example.jp/report.pdf)"))
                .isEqualTo("<p><a href=\"https://example.jp/report.pdf\" rel=\"nofollow noopener noreferrer\">報告書</a></p>");
        assertThat(MarkdownRenderer.toSafeHtml("<mailto:office@example.jp>"))
                .contains("href=\"mailto:office@example.jp\"");
    }

    @org.junit.jupiter.api.Test
    void raw_html_is_shown_as_text() {
        assertThat(MarkdownRenderer.toSafeHtml("<b>太字</b>")).isEqualTo("<p>&lt;b&gt;太字&lt;/b&gt;</p>");
    }

    @org.junit.jupiter.api.Test
    void a_mention_is_a_span_with_the_one_class_and_nothing_else() {
        String html = MarkdownRenderer.render("@\"onmouseover=alert(1) と @港区", EVERYONE).html();
        Element body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("span")).hasSize(2).allSatisfy(span -> {
            assertThat(span.attributes().size()).isEqualTo(1);
            assertThat(span.attr("class")).isEqualTo("taiwa-mention");
            assertThat(span.children()).isEmpty();
        });
        assertThat(body.select("span").eachText()).containsExactly("@\"onmouseover=alert(1)", "@港区");
    }

    @org.junit.jupiter.api.Test
    void spans_written_as_html_stay_text() {
        assertThat(MarkdownRenderer.toSafeHtml("<span class=\"taiwa-mention\">@偽物</span>"))
                .isEqualTo("<p>&lt;span class=\"taiwa-mention\"&gt;@偽物&lt;/span&gt;</p>");
    }

    @org.junit.jupiter.api.Test
    void images_are_dropped_even_from_https() {
        assertThat(MarkdownRenderer.toSafeHtml("![図](https://example.jp/a.png)")).isEqualTo("<p></p>");
    }

}
