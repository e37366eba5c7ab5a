package org.taiwa.security.policy;

/** Threads and posts: authors edit their own; moderators hide, lock, pin and move. */
public final class PostPolicy {

    /** What the policy needs to know about a post and its thread. */
    public record Post(String authorUsername, boolean threadLocked, boolean hidden, SpacePolicy.Space space) {
    }

    private PostPolicy() {
    }

    public static boolean canRead(Viewer viewer, Post post) {
        return SpacePolicy.canRead(viewer, post.space())
                && (!post.hidden() || isAuthor(viewer, post) || SpacePolicy.canModerate(viewer, post.space()));
    }

    public static boolean canReply(Viewer viewer, Post post) {
        return !post.threadLocked() && !post.hidden() && SpacePolicy.canPost(viewer, post.space());
    }

    /** Only the author edits the text (with visible history), and not in a locked thread. */
    public static boolean canEdit(Viewer viewer, Post post) {
        return isAuthor(viewer, post) && !post.threadLocked() && !post.space().archived();
    }

    /** Soft delete: the author, or a moderator of the space. */
    public static boolean canDelete(Viewer viewer, Post post) {
        return canEdit(viewer, post) || SpacePolicy.canModerate(viewer, post.space());
    }

    /** Hide with a reason, lock, pin, move, split. */
    public static boolean canModerate(Viewer viewer, Post post) {
        return SpacePolicy.canModerate(viewer, post.space());
    }

    private static boolean isAuthor(Viewer viewer, Post post) {
        return viewer.signedIn() && viewer.username().equals(post.authorUsername());
    }
}
