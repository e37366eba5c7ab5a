package org.taiwa.discussion.ui;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.taiwa.discussion.PostPublished;
import org.taiwa.storage.RemoteEvent;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.PreDestroy;

/**
 * Tells open pages about new posts as they are stored (with {@code @Push}): a page subscribes with its UI
 * and gets each {@link PostPublished} inside {@code ui.access}, that is with its own session locked and its
 * own member signed in. Posts written on other app nodes arrive the same way, a moment later, through
 * MongoDB ({@link RemoteEvent}). Delivery runs on virtual threads of its own, so the member who posts never waits
 * for other members' pages, and one session never locks another from inside a request.
 * <p>
 * Listeners get the events of every space, also of committees their member may not read: an event is a
 * signal to ask the services again (which check permissions), not content to show.
 */
@Component
class LiveDiscussion {

    private static final Logger log = LoggerFactory.getLogger(LiveDiscussion.class);

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final ExecutorService delivery = Executors.newVirtualThreadPerTaskExecutor();

    /** Calls the listener in the UI for every post published until the registration is removed. */
    Registration subscribe(UI ui, Consumer<PostPublished> listener) {
        return subscribe(ui, event -> true, listener);
    }

    /** Like {@link #subscribe(UI, Consumer)} for the events that pass the filter; the others cost the UI nothing. */
    Registration subscribe(UI ui, Predicate<PostPublished> filter, Consumer<PostPublished> listener) {
        return subscribe(ui, filter, listener, Duration.ZERO);
    }

    private Registration subscribe(UI ui, Predicate<PostPublished> filter, Consumer<PostPublished> listener,
                                   Duration atMostEvery) {
        var subscription = new Subscription(ui, filter, listener, atMostEvery);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    /** Subscribes while the component is attached: from attach to detach, and again after a re-attach. */
    Registration subscribeWhileAttached(com.vaadin.flow.component.Component component,
                                        Predicate<PostPublished> filter, Consumer<PostPublished> listener) {
        return subscribeWhileAttached(component, filter, listener, Duration.ZERO);
    }

    /**
     * Like {@link #subscribeWhileAttached(com.vaadin.flow.component.Component, Predicate, Consumer)} for a page that
     * only shows the state after the events (a list that asks the services again): the listener runs at once for
     * an event, then at most once per {@code atMostEvery} however many events arrive meanwhile, with the latest.
     * A busy forum then costs each open list one refresh per interval instead of one per reply.
     */
    Registration subscribeWhileAttached(com.vaadin.flow.component.Component component,
                                        Predicate<PostPublished> filter, Consumer<PostPublished> listener,
                                        Duration atMostEvery) {
        var current = new Registration[1];
        Consumer<UI> start = ui -> {
            if (current[0] != null) {
                current[0].remove();
            }
            current[0] = subscribe(ui, filter, listener, atMostEvery);
        };
        component.getUI().ifPresent(start);
        Registration attach = component.addAttachListener((AttachEvent e) -> start.accept(e.getUI()));
        Registration detach = component.addDetachListener(e -> {
            if (current[0] != null) {
                current[0].remove();
                current[0] = null;
            }
        });
        return () -> {
            attach.remove();
            detach.remove();
            if (current[0] != null) {
                current[0].remove();
            }
        };
    }

    @EventListener
    void on(RemoteEvent<PostPublished> event) {
        on(event.event());
    }

    @EventListener
    void on(PostPublished event) {
        subscriptions.stream().filter(subscription -> subscription.filter.test(event))
                .forEach(subscription -> subscription.offer(event));
    }

    /** How many pages listen now (for tests and monitoring). */
    int subscribers() {
        return subscriptions.size();
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }

    private final class Subscription {

        private final UI ui;
        private final Predicate<PostPublished> filter;
        private final Consumer<PostPublished> listener;
        private final LatestEvery<PostPublished> throttled;

        Subscription(UI ui, Predicate<PostPublished> filter, Consumer<PostPublished> listener, Duration atMostEvery) {
            this.ui = ui;
            this.filter = filter;
            this.listener = listener;
            this.throttled = atMostEvery.isZero() ? null : new LatestEvery<>(atMostEvery, delivery, this::deliver);
        }

        void offer(PostPublished event) {
            if (throttled == null) {
                delivery.execute(() -> deliver(event));
            } else {
                throttled.offer(event);
            }
        }

        void deliver(PostPublished event) {
            try {
                ui.access(() -> listener.accept(event));
            } catch (UIDetachedException e) {
                // the page was closed without a detach reaching us: forget it
                subscriptions.remove(this);
            } catch (RuntimeException e) {
                log.warn("Could not show post {} live", event.post().value(), e);
            }
        }
    }
}
