package org.taiwa.shell.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code taiwa.vaadin.sessions}: the Vaadin sessions open on this node (each holds its users' UI state in memory). */
@Component
class VaadinSessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();

    VaadinSessionMetrics(MeterRegistry meters) {
        Gauge.builder("taiwa.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions open on this node").register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
    }

    int open() {
        return sessions.get();
    }
}
