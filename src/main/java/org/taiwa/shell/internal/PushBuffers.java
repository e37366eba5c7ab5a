package org.taiwa.shell.internal;

import java.util.Collections;
import java.util.List;

import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;

/**
 * Smaller buffers for each open page's push connection. Vaadin sets Atmosphere's WebSocket buffer and its largest
 * incoming message to 16 KB. The buffer ({@code org.atmosphere.websocket.bufferSize}) is allocated twice per
 * connection, as 16 KB of bytes and 16 K characters, and Atmosphere never uses it: 48 KB of every open page's
 * heap. The incoming limit sizes the container's receive buffers, but with Vaadin's push transport
 * ({@code WEBSOCKET_XHR}) the browser sends its messages over HTTP and only Atmosphere's small control messages
 * over the socket. Measured with {@code scripts/bench.sh pages} (docs/decisions/0020-load.md).
 * <p>
 * Vaadin writes its values into the Atmosphere framework it starts before the Vaadin service; Atmosphere reads
 * them each time a connection opens, so this listener, running when the service starts and before any page is
 * served, replaces them.
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    /** Atmosphere's unused per-connection buffer. */
    static final int BUFFER = 1024;

    /** The largest message the browser may send over the socket: its control messages are a few bytes. */
    static final int INCOMING = 2048;

    private static final Logger LOG = LoggerFactory.getLogger(PushBuffers.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource().getContext() instanceof VaadinServletContext context)) {
            return;
        }
        var servletContext = context.getContext();
        List<AtmosphereFramework> frameworks = Collections.list(servletContext.getAttributeNames()).stream()
                .map(servletContext::getAttribute)
                .filter(AtmosphereFramework.class::isInstance).map(AtmosphereFramework.class::cast).toList();
        if (frameworks.isEmpty()) {
            LOG.warn("No Atmosphere framework found: push connections keep Vaadin's 16 KB buffers");
        }
        frameworks.forEach(PushBuffers::shrink);
    }

    static void shrink(AtmosphereFramework framework) {
        framework.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, Integer.toString(BUFFER));
        framework.addInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE, Integer.toString(INCOMING));
        framework.addInitParameter(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE, Integer.toString(INCOMING));
    }
}
