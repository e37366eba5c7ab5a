/**
 * Discussion: spaces (committees, working groups, the forum), threads with nested replies and
 * Markdown posts. Its API is {@link org.taiwa.discussion.Spaces} and
 * {@link org.taiwa.discussion.ThreadService} with their records, and for moderators
 * {@link org.taiwa.discussion.ThreadModeration}, {@link org.taiwa.discussion.PostModeration} and
 * {@link org.taiwa.discussion.ThreadSplitter}; permissions come from {@code security.policy}. See
 * docs/decisions/0007-discussion-storage.md and 0010-thread-split.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discussion",
        allowedDependencies = {"security", "security :: policy", "directory", "audit", "library", "storage"})
package org.taiwa.discussion;
