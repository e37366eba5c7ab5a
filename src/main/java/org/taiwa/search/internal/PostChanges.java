package org.taiwa.search.internal;

import java.util.List;

import org.taiwa.discussion.DiscussionChange;
import org.taiwa.discussion.DiscussionFeed;
import org.taiwa.discussion.IndexablePost;
import org.taiwa.library.ImplementationModel;
import org.taiwa.search.HitKind;

/** The discussions' posts as index changes; a thread's change replaces all its posts (a move, a split). */
final class PostChanges implements ChangeFeed {

    private final DiscussionFeed feed;

    PostChanges(DiscussionFeed feed) {
        this.feed = feed;
    }

    @Override
    public List<Change> after(long position, int limit) {
        return feed.changedAfter(position, Math.min(limit, DiscussionFeed.MAX_BATCH)).stream().map(PostChanges::change)
                .toList();
    }

    private static Change change(DiscussionChange change) {
        return switch (change) {
            case DiscussionChange.PostChanged post -> post.current()
                    .<Change>map(current -> new Change.Upsert(item(current, post.changeSeq())))
                    .orElseGet(() -> new Change.Remove(IndexedItem.key(HitKind.POST, post.post().value()),
                            post.changeSeq()));
            case DiscussionChange.ThreadChanged thread -> new Change.ReplaceThread(thread.thread().value(),
                    thread.changeSeq(), thread.posts().stream().map(p -> item(p, thread.changeSeq())).toList());
        };
    }

    static IndexedItem item(IndexablePost post, long seq) {
        // the model working groups' spaces are model-1 … model-4: their posts count for that model
        String model = ImplementationModel.parse(post.space().value()).map(Enum::name).orElse(null);
        return new IndexedItem(HitKind.POST, post.id().value(), post.thread().value(), seq,
                post.threadTitle(), post.text(), post.author(),
                "threads/" + post.thread().value() + "#post-" + post.id().value(), post.writtenAt(),
                post.spaceVisibility(), post.space().value(), "", null, null,
                post.municipality().isEmpty() ? List.of() : List.of(post.municipality()), model, null,
                post.opening());
    }
}
