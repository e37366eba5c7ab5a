package org.taiwa.discussion.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How far one member has read one thread, in the {@code read_marks} collection. The id joins member and thread so
 * that a member's marks for a list of threads are one lookup on {@code _id} (the embedded server only uses that index).
 *
 * @param seenPosts how many of the thread's posts the member has seen (opening post included)
 * @param readUpTo  the creation time of the newest post the member has seen
 */
@Document("read_marks")
public record ReadMarkDocument(@Id String id, String username, String threadId, int seenPosts, Instant readUpTo) {

    public static final String SEEN_POSTS = "seenPosts";
    public static final String READ_UP_TO = "readUpTo";
    public static final String USERNAME = "username";
    public static final String THREAD_ID = "threadId";

    public static String idOf(String username, String threadId) {
        return username + "/" + threadId;
    }
}
