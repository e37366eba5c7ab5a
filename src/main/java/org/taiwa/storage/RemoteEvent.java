package org.taiwa.storage;

import java.util.Objects;

import org.springframework.core.ResolvableType;
import org.springframework.core.ResolvableTypeProvider;

/**
 * A {@link NodeEvent} that happened on another app node, published on this one as
 * {@code RemoteEvent<ThatEvent>}. Its own listeners ({@code @EventListener void on(RemoteEvent<PostPublished> e)})
 * are only those that show things live: the listeners with side effects (notices, read marks, audit) already ran
 * on the node where it happened and must not run again here.
 *
 * @param event  the event as published there
 * @param origin the id of the node where it happened
 */
public record RemoteEvent<T extends NodeEvent>(T event, String origin) implements ResolvableTypeProvider {

    public RemoteEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(origin, "origin");
    }

    /** Lets Spring match listeners by the type inside ({@code RemoteEvent<PostPublished>}). */
    @Override
    public ResolvableType getResolvableType() {
        return ResolvableType.forClassWithGenerics(RemoteEvent.class, ResolvableType.forInstance(event));
    }
}
