package org.taiwa.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.AttachedDocument;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadService;
import org.taiwa.library.DocumentId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;

@TaiwaIntegrationTest
class AttachmentViewsIT {

    @Autowired
    ThreadService threads;

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Test
    @SuppressWarnings("unchecked")
    void the_author_attaches_a_document_from_the_library_and_readers_get_a_link() {
        views.signIn("staff.hachioji");
        Thread thread = threads.start(new SpaceId("forum"), "資料の添付 " + UUID.randomUUID(), "ガイドブックを参照");
        PostId opening = threads.read(thread.id(), 0, 1).posts().getFirst().post().id();
        UI.getCurrent().navigate("threads/" + thread.id().value());

        _click(_get(PostCards.card(opening), Button.class, spec -> spec.withClasses("taiwa-attach")));
        _click(_get(Button.class, spec -> spec.withClasses("taiwa-attach-ok")));
        ComboBox<AttachedDocument> picker = _get(ComboBox.class, spec -> spec.withClasses("taiwa-attach-picker"));
        assertThat(picker.isInvalid()).as("nothing chosen").isTrue();
        picker.setValue(new AttachedDocument(new DocumentId("demo-guidebook"), "ガイドブック"));
        _click(_get(Button.class, spec -> spec.withClasses("taiwa-attach-ok")));

        views.signIn("staff.shinjuku");
        UI.getCurrent().navigate("threads/" + thread.id().value());
        List<Anchor> links = _find(PostCards.card(opening), Anchor.class, spec -> spec.withClasses("taiwa-attachment"));
        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.getHref()).isEqualTo("library/demo-guidebook");
            assertThat(link.getText()).contains("ガイドブック");
        });
        assertThat(_find(PostCards.card(opening), Button.class, spec -> spec.withClasses("taiwa-attach")))
                .as("only the author attaches").isEmpty();
    }
}
