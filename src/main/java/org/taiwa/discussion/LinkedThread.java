package org.taiwa.discussion;

import java.util.Objects;

/** A thread of the same space that a meeting refers to, with the title it had when it was linked. */
public record LinkedThread(ThreadId id, String title) {

    public LinkedThread {
        Objects.requireNonNull(id, "id");
        title = Objects.requireNonNullElse(title, "");
    }
}
