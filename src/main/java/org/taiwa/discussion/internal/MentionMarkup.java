package org.taiwa.discussion.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * Finds {@code @mentions} in the text of a parsed Markdown document and marks them as nodes that render as
 * {@code <span class="taiwa-mention">}. Only plain text counts: code spans and code blocks carry no text
 * nodes, and link texts are skipped. An {@code @} right after a letter, digit or {@code ._-} (an e-mail
 * address) is no mention. Unknown names stay plain text.
 */
final class MentionMarkup {

    /** Each {@code @} may cost a directory look-up: a post with thousands of them must not cost thousands. */
    static final int MAX_LOOKUPS = 100;

    private MentionMarkup() {
    }

    /** Marks the mentions in the document and returns them in the order written. */
    static List<Mention> mark(Node document, MentionTargets targets) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Link link) {
                // a mention inside a link's text would be a link inside a link
            }
        });
        List<Mention> found = new ArrayList<>();
        int lookups = 0;
        for (Text text : texts) {
            String literal = text.getLiteral();
            int done = 0;
            int at = literal.indexOf('@');
            while (at >= 0 && lookups < MAX_LOOKUPS) {
                Optional<Mention> mention = Optional.empty();
                if (at == 0 || !isNameChar(literal.charAt(at - 1))) {
                    lookups++;
                    mention = targets.at(literal.substring(at + 1));
                }
                if (mention.isPresent()) {
                    if (at > done) {
                        text.insertBefore(new Text(literal.substring(done, at)));
                    }
                    text.insertBefore(new MentionNode(mention.get()));
                    found.add(mention.get());
                    done = at + 1 + mention.get().written().length();
                }
                at = literal.indexOf('@', Math.max(done, at + 1));
            }
            if (done > 0) {
                text.setLiteral(literal.substring(done));
                if (done == literal.length()) {
                    text.unlink();
                }
            }
        }
        return found;
    }

    private static boolean isNameChar(char c) {
        return (c < 128 && Character.isLetterOrDigit(c)) || c == '.' || c == '_' || c == '-';
    }

    /** A mention in the document tree. */
    static final class MentionNode extends CustomNode {

        private final Mention mention;

        MentionNode(Mention mention) {
            this.mention = mention;
        }
    }

    /** Writes a mention as a span; the sanitizer enforces its class. */
    static final class MentionRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        MentionRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(MentionNode.class);
        }

        @Override
        public void render(Node node) {
            Mention mention = ((MentionNode) node).mention;
            var html = context.getWriter();
            html.tag("span", context.extendAttributes(node, "span", Map.of("class", "taiwa-mention")));
            html.text("@" + mention.written());
            html.tag("/span");
        }
    }
}
