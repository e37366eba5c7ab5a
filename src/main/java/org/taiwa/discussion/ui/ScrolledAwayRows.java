package org.taiwa.discussion.ui;

import java.lang.reflect.Field;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataCommunicator;

/**
 * Lets a {@link VirtualList} release the components of rows it scrolled away from. VirtualList 25.2 confirms each
 * update to its data communicator before the communicator records which rows that update made inactive, so their
 * components stay attached to the list (and in the session) until the list is refreshed: a member reading through a
 * long thread would keep a card for every post they passed. Confirming the updates again, once the response is being
 * written and the rows are recorded, releases them, which is what the list's own confirmation means to do.
 * <p>
 * The number of the latest update is private to the communicator and read here by reflection; should a later Vaadin
 * rename it, this does nothing but log once, and {@code ThreadViewIT} fails on the cards kept.
 */
final class ScrolledAwayRows {

    private static final Logger log = LoggerFactory.getLogger(ScrolledAwayRows.class);
    private static final Field NEXT_UPDATE = nextUpdateField();

    private final VirtualList<?> list;
    /** The updates up to this one are confirmed again already. */
    private int released = -1;

    ScrolledAwayRows(VirtualList<?> list) {
        this.list = list;
    }

    /**
     * Releases, when this response is written, the rows that the list's updates since the last call made inactive.
     * Called whenever the list fetches rows, which is when it scrolled.
     */
    void releaseAfterUpdate() {
        if (NEXT_UPDATE == null) {
            return;
        }
        list.getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(list, context -> release()));
    }

    private void release() {
        DataCommunicator<?> communicator = list.getDataCommunicator();
        try {
            int latest = NEXT_UPDATE.getInt(communicator) - 1;
            for (int update = released + 1; update <= latest; update++) {
                communicator.confirmUpdate(update);
            }
            released = Math.max(released, latest);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field nextUpdateField() {
        try {
            Field field = DataCommunicator.class.getDeclaredField("nextUpdateId");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Scrolled-away rows of thread pages stay in the session until the page reloads its rows: {}",
                    e.toString());
            return null;
        }
    }
}
