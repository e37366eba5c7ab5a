package org.taiwa.discussion.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A branch split off into a thread of its own, as stored in {@code threadSplits}: the record of the
 * command that lets a repeat find and complete an interrupted split (docs/decisions/0010-thread-split.md).
 * Keyed by the branch's first post, so one post is split off at most once.
 *
 * @param id             the post that opens the new thread
 * @param sourceThreadId the thread the branch came from
 * @param targetThreadId the new thread, derived from {@code id}
 * @param parentId       the post the branch answered in the source thread; the note goes under it
 * @param doneAt         null until the new thread is published and both counts are right
 */
@Document("threadSplits")
public record SplitDocument(@Id String id, String sourceThreadId, String targetThreadId, String parentId,
                            String title, String moderator, Instant startedAt, Instant doneAt) {

    public static final String DONE_AT = "doneAt";
}
