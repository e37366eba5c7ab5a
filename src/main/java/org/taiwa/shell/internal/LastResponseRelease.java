package org.taiwa.shell.internal;

import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.AtmospherePushConnection;

/**
 * Lets go of a page's last answer once the browser has surely received it. Vaadin keeps the text of the last
 * answer to each page ({@link UIInternals#getLastRequestResponse()}) to send it again should the browser repeat
 * its message after the answer was lost on the network. For a page such as a thread that text is the whole page
 * state, about 100 KB of heap per open page that is only waiting for the member's next click.
 * <p>
 * At a page's heartbeat (every {@code vaadin.heartbeatInterval}, 60 s), an answer already seen at the previous
 * heartbeat, so one to two intervals old, is replaced with Vaadin's own answer for a page that no longer exists.
 * The browser only repeats a message while it retries after a failed request (every few seconds); a repeat later
 * than that gets the same treatment as a page closed while away: Vaadin's notice, then a reload of the same
 * address. Small answers are kept. Measured with {@code scripts/bench.sh pages} (docs/decisions/0020-load.md).
 * <p>
 * The same heartbeat lets go of the page's last push message once it has been sent. Vaadin's push connection keeps
 * the future of its last message, and with it the message (a live reply on a thread page is tens of KB), until the
 * next push or until the connection closes, when it waits for that future. A future already done is dropped.
 */
@Component
class LastResponseRelease implements VaadinServiceInitListener {

    /** Answers up to this many characters are not worth replacing. */
    static final int KEPT = 2_048;

    /** What Vaadin answers a message to a page it no longer has. */
    static final String RELEASED = VaadinService.createUINotFoundJSON(false);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> watch(init.getUI()));
    }

    static void watch(UI ui) {
        var lastSeen = new Seen();
        ui.addHeartbeatListener(heartbeat -> {
            lastSeen.release(ui.getInternals());
            SentPush.release(ui.getInternals());
        });
    }

    /** The push connection's last message, let go once it has been sent. */
    static final class SentPush {

        private static final Logger LOG = LoggerFactory.getLogger(SentPush.class);

        /** {@code AtmospherePushConnection.outgoingMessage}; null if a Vaadin upgrade renamed it. */
        private static final Field OUTGOING = field("outgoingMessage");

        /** The connection's own lock, which Vaadin holds while it sets and reads that field. */
        private static final Field LOCK = field("lock");

        private SentPush() {
        }

        /** Called with the session locked, as heartbeats and pushes are handled. */
        static void release(UIInternals internals) {
            if (OUTGOING == null || LOCK == null
                    || !(internals.getPushConnection() instanceof AtmospherePushConnection connection)) {
                return;
            }
            try {
                synchronized (LOCK.get(connection)) {
                    if (OUTGOING.get(connection) instanceof Future<?> sent && sent.isDone()) {
                        OUTGOING.set(connection, null);
                    }
                }
            } catch (IllegalAccessException | RuntimeException e) {
                LOG.debug("Cannot let go of a sent push message", e);
            }
        }

        private static Field field(String name) {
            try {
                Field field = AtmospherePushConnection.class.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.warn("Vaadin's push connection has changed: its last message is kept until the next one ({})",
                        e.toString());
                return null;
            }
        }
    }

    /** The answer seen at the previous heartbeat, not kept alive by this reference. */
    static final class Seen {

        private WeakReference<String> answer = new WeakReference<>(null);

        /** Called with the session locked, as heartbeats are handled. */
        void release(UIInternals internals) {
            String last = internals.getLastRequestResponse();
            if (last != null && last.length() > KEPT && last == answer.get()) {
                internals.setLastRequestResponse(RELEASED);
                last = RELEASED;
            }
            answer = new WeakReference<>(last);
        }
    }
}
