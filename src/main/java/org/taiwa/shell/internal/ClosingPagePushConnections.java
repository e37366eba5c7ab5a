package org.taiwa.shell.internal;

import java.io.IOException;

import org.atmosphere.cpr.AtmosphereResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.AtmospherePushConnection;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.PushConnectionFactory;

/**
 * Push connections that let a page the member has left go at once. Leaving a page (a reload, an address typed,
 * signing out) sends Vaadin's unload beacon, which closes the page's UI, and closing a UI pushes one last, empty
 * message to it. The browser closes the socket at the same moment, so that message may never be confirmed, and
 * when the closed UI is removed, at the member's next request, Vaadin's {@link AtmospherePushConnection} waits up
 * to a second for it while holding the member's session: the next page, and any other tab of the member, answers a
 * second late. The load bench saw it on one page load in twenty to thirty (docs/decisions/0023-leaving-a-page.md).
 * <p>
 * A closing UI's page is gone or going, and the UI no longer exists to answer it, so its connection is closed
 * without that wait. Every other disconnect is Vaadin's own. Vaadin finds this factory through
 * {@code META-INF/services} when it creates a UI.
 */
public final class ClosingPagePushConnections implements PushConnectionFactory {

    private static final Logger LOG = LoggerFactory.getLogger(ClosingPagePushConnections.class);

    @Override
    public PushConnection apply(UI ui) {
        return new Connection(ui);
    }

    /** Vaadin's push connection, but a closing UI's is closed without waiting for its last message. */
    static class Connection extends AtmospherePushConnection {

        Connection(UI ui) {
            super(ui);
        }

        /** Called with the member's session locked, as every push is: no message can be sent meanwhile. */
        @Override
        public void disconnect() {
            AtmosphereResource resource = getResource();
            if (!getUI().isClosing() || resource == null || resource.isResumed()) {
                super.disconnect();
                return;
            }
            connectionLost();
            try {
                resource.close();
            } catch (IOException e) {
                LOG.debug("The push connection of a closed page did not close cleanly", e);
            }
        }
    }
}
