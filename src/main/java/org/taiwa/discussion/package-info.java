/**
 * Discussion: spaces (committees, working groups, the forum), threads with nested replies and
 * Markdown posts, meeting records. Its API is {@link org.taiwa.discussion.Spaces},
 * {@link org.taiwa.discussion.ThreadService} and {@link org.taiwa.discussion.Meetings} with their records;
 * for reading a thread as a tree {@link org.taiwa.discussion.ThreadTree}, with
 * {@link org.taiwa.discussion.PostReactions}, {@link org.taiwa.discussion.Mentions} and
 * {@link org.taiwa.discussion.Drafts}; for moderators {@link org.taiwa.discussion.ThreadModeration},
 * {@link org.taiwa.discussion.PostModeration} and {@link org.taiwa.discussion.ThreadSplitter}. Permissions come
 * from {@code security.policy}. See docs/decisions/0007-discussion-storage.md, 0008-meeting-records.md,
 * 0010-thread-split.md and 0011-thread-view.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discussion",
        allowedDependencies = {"security", "security :: policy", "directory", "audit", "library", "storage", "shell"})
package org.taiwa.discussion;
