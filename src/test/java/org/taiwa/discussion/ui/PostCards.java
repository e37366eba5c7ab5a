package org.taiwa.discussion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

import tools.jackson.databind.node.ObjectNode;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.util.List;

import org.taiwa.discussion.PostId;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributools.ElementUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.virtuallist.VirtualList;

/**
 * The post cards of the thread page in a browserless test. The lazy list renders only the rows a browser
 * asks for; here the test asks, as the browser's virtual list would for what fits on its screen.
 */
final class PostCards {

    private PostCards() {
    }

    /** Shows rows {@code first} to {@code first + count} and returns the cards attached now, in row order. */
    static List<PostCard> show(int first, int count) {
        VirtualList<?> list = list();
        list.getDataCommunicator().setViewportRange(first, count);
        MockVaadin.clientRoundtrip(false);
        return attached();
    }

    /** The first screen: the first 30 rows. */
    static List<PostCard> show() {
        return show(0, 30);
    }

    /** The cards attached to the list now: components exist only for rows the list has rendered. */
    static List<PostCard> attached() {
        MockVaadin.clientRoundtrip(false);
        sent();
        return ElementUtilsKt.getVirtualChildren(list().getElement()).stream()
                .flatMap(container -> container.getChildren())
                .flatMap(element -> element.getComponent().stream())
                .filter(PostCard.class::isInstance).map(PostCard.class::cast).toList();
    }

    /** The card of the post among the first screen's. */
    static PostCard card(PostId post) {
        return show().stream().filter(c -> c.getId().orElse("").equals("post-" + post.value())).findFirst()
                .orElseThrow(() -> new AssertionError("no card for post " + post.value()));
    }

    /**
     * Clicks one of the card's plain buttons ({@code reply}, {@code toggle}, {@code react-AGREE}, …) as the browser
     * reports it: a click on the card with the button's action as event data.
     */
    static void click(PostCard card, String action) {
        assertThat(card.offered()).as("the card offers " + action).contains(action);
        Element element = card.getElement();
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(PostCard.ACTION, action);
        data.put(PostCard.ON_BUTTON, true);
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, "click", data));
        MockVaadin.clientRoundtrip(false);
    }

    /**
     * Collects the changes as the response to the browser does, which marks the nodes as known to the browser. Karibu
     * leaves this out; without it every flush of the list counts as the first and redraws all its rows.
     */
    private static void sent() {
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> { });
    }

    static VirtualList<?> list() {
        return _get(VirtualList.class, spec -> spec.withId("posts"));
    }
}
