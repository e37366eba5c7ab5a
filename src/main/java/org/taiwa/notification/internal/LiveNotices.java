package org.taiwa.notification.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.taiwa.notification.Notification;
import org.taiwa.storage.RemoteEvent;

/**
 * Tells the open pages of a member that a notice arrived, so the bell can update at once: on this node
 * directly, on the other nodes through MongoDB ({@link NoticeArrived}, within the nodes' poll interval).
 */
@Component
public class LiveNotices {

    private static final Logger log = LoggerFactory.getLogger(LiveNotices.class);

    private final Map<String, Set<Consumer<Notification>>> listeners = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;

    LiveNotices(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Listens for the member's new notices until the returned handle runs. */
    public Runnable subscribe(String username, Consumer<Notification> listener) {
        listeners.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(username, (u, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    void publish(Notification notification) {
        tellPagesHere(notification);
        events.publishEvent(new NoticeArrived(notification));
    }

    @EventListener
    void on(RemoteEvent<NoticeArrived> arrived) {
        tellPagesHere(arrived.event().notification());
    }

    private void tellPagesHere(Notification notification) {
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
