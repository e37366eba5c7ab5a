package org.taiwa.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.atmosphere.cpr.AtmosphereResource;
import org.atmosphere.cpr.Broadcaster;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

/** A page's push connection, with Atmosphere's resource and broadcaster stood in for. */
class ClosingPagePushConnectionsTest {

    private final UI ui = new UI();
    private final AtmosphereResource resource = mock(AtmosphereResource.class);
    @SuppressWarnings("unchecked")
    private final Future<Object> lastMessage = mock(Future.class);
    private final Sending connection = new Sending(ui);

    ClosingPagePushConnectionsTest() {
        Broadcaster broadcaster = mock(Broadcaster.class);
        when(resource.getBroadcaster()).thenReturn(broadcaster);
        when(broadcaster.broadcast(any(), any(AtmosphereResource.class))).thenReturn(lastMessage);
        connection.connect(resource);
        connection.sendMessage("{}");
    }

    @Test
    void a_closing_pages_connection_is_closed_without_waiting_for_its_last_message() throws Exception {
        ui.close();
        connection.disconnect();
        verify(lastMessage, never()).get(any(Long.class), any(TimeUnit.class));
        verify(resource).close();
        assertThat(connection.isConnected()).isFalse();
    }

    @Test
    void an_open_pages_connection_waits_for_its_last_message_as_vaadins_does() throws Exception {
        connection.disconnect();
        verify(lastMessage).get(eq(1000L), eq(TimeUnit.MILLISECONDS));
        verify(resource).close();
        assertThat(connection.isConnected()).isFalse();
    }

    @Test
    void the_factory_makes_these_connections() {
        assertThat(new ClosingPagePushConnections().apply(ui))
                .isInstanceOf(ClosingPagePushConnections.Connection.class);
    }

    /** Lets the test send a message as a push does. */
    private static final class Sending extends ClosingPagePushConnections.Connection {

        Sending(UI ui) {
            super(ui);
        }

        @Override
        protected void sendMessage(String message) {
            super.sendMessage(message);
        }
    }
}
