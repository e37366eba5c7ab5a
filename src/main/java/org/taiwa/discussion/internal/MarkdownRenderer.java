package org.taiwa.discussion.internal;

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
 * See docs/decisions/0007-discussion-storage.md.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h1", "h2", "h3", "h4", "h5", "h6", "a")
            .addAttributes("a", "href", "title")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private MarkdownRenderer() {
    }

    /** The sanitised HTML of the Markdown; empty for an empty text. */
    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(html, "", SAFELIST, OUTPUT).strip();
    }
}
