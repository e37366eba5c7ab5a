package org.taiwa.discussion.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadId;

/**
 * A thread as stored in the {@code threads} collection. The reply count and last activity live here
 * so that one atomic update per reply keeps them right (docs/decisions/0007-discussion-storage.md).
 * {@code changeSeq} is the position of its last change that search must follow (created, moved, deleted,
 * split, a reply taken back) in {@code Sequences.CHANGES}, set by the same update; null only on threads
 * written before it.
 */
@Document("threads")
public record ThreadDocument(@Id String id, @Indexed String spaceId, String title, String author,
                             String openingPostId, Instant createdAt, boolean locked, boolean pinned,
                             int replyCount, Instant lastActivityAt, boolean deleted, @Indexed Long changeSeq) {

    public static final String SPACE_ID = "spaceId";
    public static final String LOCKED = "locked";
    public static final String PINNED = "pinned";
    public static final String DELETED = "deleted";
    public static final String REPLY_COUNT = "replyCount";
    public static final String LAST_ACTIVITY_AT = "lastActivityAt";
    public static final String CHANGE_SEQ = "changeSeq";

    public Thread toThread() {
        return new Thread(new ThreadId(id), new SpaceId(spaceId), title, author, createdAt, locked, pinned, replyCount,
                lastActivityAt, deleted);
    }
}
