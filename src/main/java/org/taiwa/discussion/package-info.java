/**
 * Discussion: spaces (committees, working groups, the forum), threads with nested replies and
 * Markdown posts, meeting records. Its API is {@link org.taiwa.discussion.Spaces},
 * {@link org.taiwa.discussion.ThreadService} and {@link org.taiwa.discussion.Meetings} with their records;
 * permissions come from {@code security.policy}. See docs/decisions/0007-discussion-storage.md and
 * 0008-meeting-records.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discussion",
        allowedDependencies = {"security", "security :: policy", "directory", "audit"})
package org.taiwa.discussion;
