package org.taiwa.discussion.internal;

import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to show: commonmark escapes raw HTML and drops unsafe link targets,
 * then jsoup's allow-list removes whatever else could run. Two layers, because a renderer bug alone
 * must not open a hole. No images at all (attachments link library documents instead), links only
 * to http, https and mailto, and every link gets {@code rel="nofollow noopener noreferrer"}.
 * Mentions become {@code <span class="taiwa-mention">}: spans are allowed without any attribute of their
 * own and the sanitizer sets that one class on every span, so no text can bring in another class or style.
 * See docs/decisions/0007-discussion-storage.md and 0011-thread-view.md.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .nodeRendererFactory(MentionMarkup.MentionRenderer::new).build();
    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h1", "h2", "h3", "h4", "h5", "h6", "a", "span")
            .addAttributes("a", "href", "title")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
            .addEnforcedAttribute("span", "class", "taiwa-mention");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private MarkdownRenderer() {
    }

    /** Sanitised HTML and the mentions found in the text. */
    public record Rendered(String html, List<Mention> mentions) {

        public Rendered {
            mentions = List.copyOf(mentions);
        }

        /** The usernames or municipality ids mentioned, each once, in the order first written. */
        public List<String> keys(Mention.Kind kind) {
            return mentions.stream().filter(m -> m.kind() == kind).map(Mention::key).distinct().toList();
        }
    }

    /** The sanitised HTML of the Markdown, without mentions; empty for an empty text. */
    public static String toSafeHtml(String markdown) {
        return render(markdown, MentionTargets.NONE).html();
    }

    /** The sanitised HTML of the Markdown with the mentions of known members and municipalities marked. */
    public static Rendered render(String markdown, MentionTargets targets) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        List<Mention> mentions = MentionMarkup.mark(document, targets);
        String html = RENDERER.render(document);
        return new Rendered(Jsoup.clean(html, "", SAFELIST, OUTPUT).strip(), mentions);
    }
}
