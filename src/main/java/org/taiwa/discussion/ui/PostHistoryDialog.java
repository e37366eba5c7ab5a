package org.taiwa.discussion.ui;

import java.util.List;

import org.taiwa.discussion.Post;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** The earlier texts of an edited post, oldest first, then the current one; shown as written (Markdown). */
class PostHistoryDialog extends Dialog {

    PostHistoryDialog(Post post, List<String> earlier) {
        setId("post-history");
        setHeaderTitle(getTranslation("thread.history.title", post.author()));
        setWidth("min(48rem, 95vw)");
        for (int i = 0; i < earlier.size(); i++) {
            add(version(getTranslation("thread.history.version", i + 1), earlier.get(i)));
        }
        add(version(getTranslation("thread.history.current", DiscussionText.time(post.editedAt())), post.body()));
        var close = new Button(getTranslation("thread.history.close"), e -> close());
        close.setId("post-history-close");
        getFooter().add(close);
    }

    private static Div version(String heading, String markdown) {
        var text = new Paragraph(markdown);
        text.addClassName("taiwa-version-text");
        var version = new Div(new H3(heading), text);
        version.addClassName("taiwa-version");
        return version;
    }
}
