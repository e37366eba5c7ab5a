package org.taiwa.discussion.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadService;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;

@TaiwaIntegrationTest
class UnreadViewsIT {

    static final SpaceId MODEL = new SpaceId("model-3");

    @Autowired
    ThreadService threads;
    @Autowired
    UserDetailsService userDetails;

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Test
    void the_spaces_list_and_the_space_show_unread_posts_until_marked_read() {
        views.signIn("staff.nerima");
        UI.getCurrent().navigate("spaces/" + MODEL.value());
        _click(_get(Button.class, spec -> spec.withId("mark-all-read")));

        views.signIn("staff.akishima");
        Thread thread = threads.start(MODEL, "未読表示 " + UUID.randomUUID(), "本文");
        threads.reply(thread.id(), null, "返信");

        views.signIn("staff.nerima");
        UI.getCurrent().navigate(SpacesView.class);
        assertThat(badge(_get(Grid.class, spec -> spec.withId("spaces")), "model-3")).isEqualTo("2");

        UI.getCurrent().navigate("spaces/" + MODEL.value());
        assertThat(threadBadge(thread)).isEqualTo("2");
        _click(_get(Button.class, spec -> spec.withId("mark-all-read")));
        assertThat(threadBadge(thread)).isEmpty();

        UI.getCurrent().navigate(SpacesView.class);
        assertThat(badge(_get(Grid.class, spec -> spec.withId("spaces")), "model-3")).isEmpty();
    }

    @Test
    void the_spaces_list_counts_a_new_post_live() {
        views.signIn("staff.nerima");
        UI.getCurrent().navigate("spaces/" + MODEL.value());
        _click(_get(Button.class, spec -> spec.withId("mark-all-read")));
        UI.getCurrent().navigate(SpacesView.class);
        assertThat(badge(_get(Grid.class, spec -> spec.withId("spaces")), "model-3")).isEmpty();

        postAs("staff.akishima", () -> threads.start(MODEL, "ライブ未読 " + UUID.randomUUID(), "本文"));

        // delivered through ui.access from another thread: run the UI's pending tasks as a browser round trip would
        await().pollInSameThread().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(badge(_get(Grid.class, spec -> spec.withId("spaces")), "model-3")).isEqualTo("1");
        });
    }

    /** Writes as another member on another thread, as that member's own request would. */
    private void postAs(String username, Runnable write) {
        UserDetails user = userDetails.loadUserByUsername(username);
        var poster = new java.lang.Thread(() -> {
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
            try {
                write.run();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        poster.start();
        try {
            poster.join(10_000);
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The visible unread badge of a space's row, or empty. */
    @SuppressWarnings("unchecked")
    private static String badge(Grid<?> grid, String spaceId) {
        var spaces = (Grid<Space>) grid;
        var space = spaces.getGenericDataView().getItems().filter(s -> s.id().value().equals(spaceId)).findFirst()
                .orElseThrow();
        return visibleText(_getCellComponent(spaces,
                spaces.getGenericDataView().getItems().toList().indexOf(space), "unread"));
    }

    @SuppressWarnings("unchecked")
    private static String threadBadge(Thread thread) {
        Grid<Thread> grid = _get(Grid.class, spec -> spec.withId("threads"));
        int row = 0;
        while (!_get(grid, row).id().equals(thread.id())) {
            row++;
        }
        // the badge is drawn in the browser from the row's count, and hidden at 0
        var badge = (LitRenderer<Thread>) grid.getColumnByKey("unread").getRenderer();
        Object count = badge.getValueProviders().get("unread").apply(_get(grid, row));
        return Integer.valueOf(0).equals(count) ? "" : String.valueOf(count);
    }

    private static String visibleText(Component cell) {
        return cell instanceof Span span && span.isVisible() ? span.getText() : "";
    }
}
