package org.taiwa.search.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.taiwa.discussion.PostHidden;
import org.taiwa.discussion.PostPublished;
import org.taiwa.discussion.ThreadMoved;
import org.taiwa.discussion.ThreadSplit;
import org.taiwa.library.DocumentChanged;

/**
 * Starts following MongoDB once the application is ready (after the start-up tasks that stamp change
 * positions), rebuilding first with {@code --rebuild-index}; and wakes the index when this node stored a
 * change, so it is searchable well within a second. Other nodes' changes arrive by polling.
 */
@Component
class SearchEvents {

    private final SearchEngine engine;
    private final ApplicationArguments arguments;

    SearchEvents(SearchEngine engine, ApplicationArguments arguments) {
        this.engine = engine;
        this.arguments = arguments;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        engine.start(arguments.containsOption("rebuild-index"));
    }

    @EventListener
    void on(PostPublished event) {
        engine.changed();
    }

    @EventListener
    void on(PostHidden event) {
        engine.changed();
    }

    @EventListener
    void on(ThreadMoved event) {
        engine.changed();
    }

    @EventListener
    void on(ThreadSplit event) {
        engine.changed();
    }

    @EventListener
    void on(DocumentChanged event) {
        engine.changed();
    }
}
