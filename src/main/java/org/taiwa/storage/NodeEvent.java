package org.taiwa.storage;

/**
 * An event that the open pages on every app node should hear of, not only those on the node where it happened
 * (docs/decisions/0016-several-nodes.md). Publish it as a Spring event as usual; the storage module also writes
 * it to MongoDB ({@code node_events}), and every other node publishes it as {@link RemoteEvent}. Implementations
 * are records that Jackson writes and reads back (ids, strings, numbers, instants, lists, sets).
 */
public interface NodeEvent {
}
