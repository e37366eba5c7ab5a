/**
 * Discussion: spaces (committees, working groups, the forum), threads with nested replies and
<<<<<<< HEAD
 * Markdown posts. Its API is {@link org.taiwa.discussion.Spaces} and
 * {@link org.taiwa.discussion.ThreadService} with their records, and for moderators
 * {@link org.taiwa.discussion.ThreadModeration}, {@link org.taiwa.discussion.PostModeration} and
 * {@link org.taiwa.discussion.ThreadSplitter}; permissions come from {@code security.policy}. See
 * docs/decisions/0007-discussion-storage.md and 0010-thread-split.md.
=======
 * Markdown posts, meeting records. Its API is {@link org.taiwa.discussion.Spaces},
 * {@link org.taiwa.discussion.ThreadService} and {@link org.taiwa.discussion.Meetings} with their records;
 * permissions come from {@code security.policy}. See docs/decisions/0007-discussion-storage.md and
 * 0008-meeting-records.md.
>>>>>>> meetings
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discussion",
        allowedDependencies = {"security", "security :: policy", "directory", "audit"})
package org.taiwa.discussion;
