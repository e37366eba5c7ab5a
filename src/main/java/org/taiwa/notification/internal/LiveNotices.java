package org.taiwa.notification.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.taiwa.notification.Notification;

/**
 * Tells the open pages of a member on this node that a notice arrived, so the bell can update at once.
 * Pages on other nodes see it at their next look at the database (the count is read on each page).
 */
@Component
public class LiveNotices {

    private static final Logger log = LoggerFactory.getLogger(LiveNotices.class);

    private final Map<String, Set<Consumer<Notification>>> listeners = new ConcurrentHashMap<>();

    /** Listens for the member's new notices until the returned handle runs. */
    public Runnable subscribe(String username, Consumer<Notification> listener) {
        listeners.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(username, (u, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    void publish(Notification notification) {
        for (Consumer<Notification> listener : listeners.getOrDefault(notification.recipient(), Set.of())) {
            try {
                listener.accept(notification);
            } catch (RuntimeException e) {
                // one closed page must not keep the others from hearing
                log.debug("A notification listener failed", e);
            }
        }
    }
}
