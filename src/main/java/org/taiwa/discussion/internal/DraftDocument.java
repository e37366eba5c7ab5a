package org.taiwa.discussion.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.discussion.Draft;
import org.taiwa.discussion.DraftKey;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.ThreadId;

/**
 * A draft as stored in the {@code drafts} collection. The id is the member's username and the draft's
 * scope, so that saving is one upsert and a member has one draft per reply target or space.
 */
@Document("drafts")
@CompoundIndex(name = "member_thread", def = "{'username': 1, 'threadId': 1}")
public record DraftDocument(@Id String id, String username, String threadId, String parentId, String spaceId,
                            String title, String body, Instant savedAt) {

    public static final String USERNAME = "username";
    public static final String THREAD_ID = "threadId";
    public static final String PARENT_ID = "parentId";
    public static final String SPACE_ID = "spaceId";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String SAVED_AT = "savedAt";

    public Draft toDraft() {
        DraftKey key = threadId != null
                ? DraftKey.reply(new ThreadId(threadId), parentId == null ? null : new PostId(parentId))
                : DraftKey.newThread(new SpaceId(spaceId));
        return new Draft(key, title, body, savedAt);
    }
}
