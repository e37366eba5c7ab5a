package org.taiwa.discussion;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.audit.AuditLog;
import org.taiwa.discussion.internal.MarkdownRenderer;
import org.taiwa.discussion.internal.Mention;
import org.taiwa.discussion.internal.PostDocument;
import org.taiwa.discussion.internal.PostText;
import org.taiwa.discussion.internal.PostTree;
import org.taiwa.discussion.internal.ThreadDocument;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.PostPolicy;
import org.taiwa.security.policy.SpacePolicy;
import org.taiwa.security.policy.Viewer;
import org.taiwa.storage.Sequences;

/**
 * Threads and their nested replies. Every write is checked against {@code SpacePolicy}/{@code PostPolicy}
 * and validated before anything is stored; each invariant lives in one document and is kept by one
 * atomic update, without transactions (docs/decisions/0007-discussion-storage.md).
 *
 * @throws AccessDeniedException       (any method) when the current member may not do it
 * @throws DiscussionNotFoundException (any method) for an unknown space, thread or post
 */
@Service
public class ThreadService {

    /** The largest page of threads or posts one call returns. */
    public static final int MAX_PAGE_SIZE = 200;

    private static final Sort THREAD_ORDER = Sort.by(Sort.Order.desc(ThreadDocument.PINNED),
            Sort.Order.desc(ThreadDocument.LAST_ACTIVITY_AT), Sort.Order.asc("_id"));

    private final MongoTemplate mongo;
    private final Spaces spaces;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Mentions mentions;
    private final Sequences sequences;
    private final Clock clock = Clock.systemUTC();

    ThreadService(MongoTemplate mongo, Spaces spaces, AuditLog audit, ApplicationEventPublisher events,
                  Mentions mentions, Sequences sequences) {
        this.mongo = mongo;
        this.spaces = spaces;
        this.audit = audit;
        this.events = events;
        this.mentions = mentions;
        this.sequences = sequences;
    }

    /**
     * Starts a thread; the body becomes its opening post.
     *
     * @throws InvalidPostException for an empty or too long title or body
     */
    public Thread start(SpaceId spaceId, String title, String body) {
        String cleanTitle = PostText.title(title);
        String markdown = PostText.body(body);
        Space space = spaces.get(spaceId);
        Viewer viewer = spaces.viewer();
        Permissions.require(SpacePolicy.canPost(viewer, space.forPolicy()), "post in space " + spaceId.value());

        Instant now = now();
        var thread = new ThreadDocument(newId(), spaceId.value(), cleanTitle, viewer.username(), newId(), now, false,
                false, 0, now, false, null);
        PostDocument post = newPost(new ThreadId(thread.id()), thread.openingPostId(), null, markdown,
                render(markdown), viewer, now).stamped(change());
        // the post first: until its thread exists nothing reaches it, so a failure in between leaves no visible half
        mongo.insert(post);
        mongo.insert(new ThreadDocument(thread.id(), thread.spaceId(), thread.title(), thread.author(),
                thread.openingPostId(), thread.createdAt(), false, false, 0, now, false, change()));
        events.publishEvent(new PostPublished(new PostId(thread.openingPostId()), new ThreadId(thread.id()), spaceId,
                cleanTitle, viewer.username(), null, Set.copyOf(post.mentionedUsernames()),
                Set.copyOf(post.mentionedMunicipalities()), now));
        return thread.toThread();
    }

    /**
     * Replies to a post of the thread.
     *
     * @param parentId the post answered; null answers the opening post
     * @throws InvalidPostException   for an empty or too long body, or a parent that is missing, deleted or in
     *                                another thread
     * @throws ThreadClosedException  when the thread is locked or deleted
     */
    public Post reply(ThreadId threadId, PostId parentId, String body) {
        String markdown = PostText.body(body);
        ThreadDocument thread = thread(threadId);
        Space space = readableSpace(thread);
        requireOpen(thread);
        PostDocument parent = parent(thread, parentId);
        Viewer viewer = spaces.viewer();
        Permissions.require(PostPolicy.canReply(viewer, policyPost(parent.author(), thread, space)),
                "reply in thread " + threadId.value());

        Instant now = now();
        PostDocument post = newPost(threadId, newId(), parent.id(), markdown, render(markdown), viewer, now)
                .stamped(change());
        mongo.insert(post);
        // the count is kept by one atomic $inc, and only while the thread is still open
        var open = Query.query(Criteria.where("_id").is(thread.id()).and(ThreadDocument.LOCKED).is(false)
                .and(ThreadDocument.DELETED).is(false));
        var counted = mongo.updateFirst(open, new Update().inc(ThreadDocument.REPLY_COUNT, 1)
                .max(ThreadDocument.LAST_ACTIVITY_AT, now), ThreadDocument.class);
        if (counted.getMatchedCount() == 0) {
            // locked or deleted while we wrote: take the reply back rather than leave it uncounted
            mongo.remove(Query.query(Criteria.where("_id").is(post.id())), PostDocument.class);
            // a removed post leaves no trace to follow: a change of its thread makes search drop it
            mongo.updateFirst(Query.query(Criteria.where("_id").is(thread.id())),
                    Update.update(ThreadDocument.CHANGE_SEQ, change()), ThreadDocument.class);
            requireOpen(thread(threadId));
            throw new ThreadClosedException(threadId, true);
        }
        events.publishEvent(new PostPublished(new PostId(post.id()), threadId, space.id(), thread.title(),
                viewer.username(), parent.author(), Set.copyOf(post.mentionedUsernames()),
                Set.copyOf(post.mentionedMunicipalities()), now));
        return post.toPost();
    }

    /** One page of a space's threads: pinned first, then by latest activity. Deleted threads are left out. */
    public List<Thread> threads(SpaceId spaceId, int page, int size) {
        spaces.get(spaceId);
        var query = Query.query(Criteria.where(ThreadDocument.SPACE_ID).is(spaceId.value())
                .and(ThreadDocument.DELETED).is(false)).with(THREAD_ORDER).skip((long) checkPage(page) * checkSize(size))
                .limit(size);
        return mongo.find(query, ThreadDocument.class).stream().map(ThreadDocument::toThread).toList();
    }

    /**
     * The thread and one page of its posts in tree order; deleted posts keep their place without their text,
     * and so do hidden posts for readers other than their author and the moderators.
     */
    public ThreadPage read(ThreadId threadId, int page, int size) {
        ThreadDocument thread = thread(threadId);
        Space space = readableSpace(thread);
        checkPage(page);
        checkSize(size);
        Viewer viewer = spaces.viewer();
        var query = Query.query(Criteria.where(PostDocument.THREAD_ID).is(thread.id()));
        List<Post> posts = mongo.find(query, PostDocument.class).stream().map(d -> forReader(d, viewer, space))
                .toList();
        List<TreePost> ordered = PostTree.order(posts);
        int from = (int) Math.min((long) page * size, ordered.size());
        int to = Math.min(from + size, ordered.size());
        return new ThreadPage(thread.toThread(), ordered.subList(from, to), page, size, ordered.size());
    }

    /**
     * Replaces the text of one's own post, keeping the previous text in its history.
     *
     * @throws InvalidPostException  for an empty or too long body, or a deleted post
     * @throws ThreadClosedException when the thread is locked or deleted
     */
    public Post edit(PostId postId, String body) {
        String markdown = PostText.body(body);
        PostDocument post = post(postId);
        ThreadDocument thread = thread(new ThreadId(post.threadId()));
        Space space = readableSpace(thread);
        requireOpen(thread);
        Permissions.require(PostPolicy.canEdit(spaces.viewer(), policyPost(post.author(), thread, space)),
                "edit post " + postId.value());
        if (post.deleted()) {
            throw new InvalidPostException("discussion.post.deleted",
                    "Post " + postId.value() + " was deleted and cannot be edited.");
        }
        Instant now = now();
        MarkdownRenderer.Rendered rendered = render(markdown);
        // only if nobody changed it since we read it: the history must hold every earlier text
        var unchanged = Query.query(Criteria.where("_id").is(post.id()).and(PostDocument.BODY).is(post.body())
                .and(PostDocument.DELETED).is(false));
        var update = new Update()
                .push(PostDocument.VERSIONS, new PostDocument.PostVersion(post.body(),
                        post.editedAt() == null ? post.createdAt() : post.editedAt()))
                .set(PostDocument.BODY, markdown).set(PostDocument.BODY_HTML, rendered.html())
                .set(PostDocument.MENTIONED_USERNAMES, rendered.keys(Mention.Kind.MEMBER))
                .set(PostDocument.MENTIONED_MUNICIPALITIES, rendered.keys(Mention.Kind.MUNICIPALITY))
                .set(PostDocument.EDITED_AT, now).set(PostDocument.CHANGE_SEQ, change());
        PostDocument edited = mongo.findAndModify(unchanged, update, FindAndModifyOptions.options().returnNew(true),
                PostDocument.class);
        if (edited == null) {
            throw new InvalidPostException("discussion.post.conflict",
                    "Post " + postId.value() + " was changed meanwhile; reload and try again.");
        }
        return edited.toPost();
    }

    /** The earlier texts of a post, oldest first, for whoever may read it (a hidden post's: its author, moderators). */
    public List<String> history(PostId postId) {
        PostDocument post = post(postId);
        Space space = readableSpace(thread(new ThreadId(post.threadId())));
        Permissions.require(PostPolicy.canRead(spaces.viewer(), new PostPolicy.Post(post.author(), false, post.hidden(),
                space.forPolicy())), "read the history of " + postId.value());
        return post.history().stream().map(PostDocument.PostVersion::body).toList();
    }

    /** Soft delete by the author or a moderator; deleting the opening post deletes the thread. */
    public void delete(PostId postId) {
        PostDocument post = post(postId);
        ThreadDocument thread = thread(new ThreadId(post.threadId()));
        Space space = readableSpace(thread);
        Viewer viewer = spaces.viewer();
        Permissions.require(PostPolicy.canDelete(viewer, policyPost(post.author(), thread, space)),
                "delete post " + postId.value());
        if (post.parentId() == null) {
            // the thread first: once it is closed no reply can come in under a deleted opening post
            mongo.updateFirst(Query.query(Criteria.where("_id").is(thread.id())),
                    Update.update(ThreadDocument.DELETED, true).set(ThreadDocument.CHANGE_SEQ, change()),
                    ThreadDocument.class);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(post.id())), Update.update(PostDocument.DELETED, true)
                .set(PostDocument.CHANGE_SEQ, change()), PostDocument.class);
        if (!viewer.username().equals(post.author())) {
            audit.record(viewer.username(), "post.delete", post.id(), "thread " + thread.id(), "");
        }
    }

    private Space readableSpace(ThreadDocument thread) {
        return spaces.get(new SpaceId(thread.spaceId()));
    }

    private static void requireOpen(ThreadDocument thread) {
        if (thread.locked() || thread.deleted()) {
            throw new ThreadClosedException(new ThreadId(thread.id()), thread.locked());
        }
    }

    private PostDocument parent(ThreadDocument thread, PostId parentId) {
        String id = parentId == null ? thread.openingPostId() : parentId.value();
        PostDocument parent = mongo.findById(id, PostDocument.class);
        if (parent == null || !parent.threadId().equals(thread.id())) {
            throw new InvalidPostException("discussion.post.foreign-parent",
                    "Post " + id + " is not a post of thread " + thread.id() + ".");
        }
        if (parent.deleted()) {
            throw new InvalidPostException("discussion.post.deleted-parent",
                    "Post " + id + " was deleted and takes no replies.");
        }
        if (!parent.toPost().takesReplies()) {
            throw new InvalidPostException("discussion.post.hidden-parent",
                    "Post " + id + " was hidden by a moderator and takes no replies.");
        }
        return parent;
    }

    private ThreadDocument thread(ThreadId id) {
        ThreadDocument thread = mongo.findById(id.value(), ThreadDocument.class);
        if (thread == null) {
            throw new DiscussionNotFoundException("thread", id.value());
        }
        return thread;
    }

    private PostDocument post(PostId id) {
        PostDocument post = mongo.findById(id.value(), PostDocument.class);
        if (post == null) {
            throw new DiscussionNotFoundException("post", id.value());
        }
        return post;
    }

    private static PostPolicy.Post policyPost(String author, ThreadDocument thread, Space space) {
        return new PostPolicy.Post(author, thread.locked() || thread.deleted(), false, space.forPolicy());
    }

    private MarkdownRenderer.Rendered render(String markdown) {
        return MarkdownRenderer.render(markdown, mentions.targets());
    }

    private static PostDocument newPost(ThreadId thread, String id, String parentId, String markdown,
                                        MarkdownRenderer.Rendered rendered, Viewer viewer, Instant now) {
        return PostDocument.written(id, thread.value(), parentId, viewer.username(), viewer.municipality().orElse(""),
                markdown, rendered, now);
    }

    /** Nobody reads a deleted post's text; a hidden one's only its author and the space's moderators. */
    private static boolean mayReadText(Viewer viewer, Post post, Space space) {
        return !post.deleted() && PostPolicy.canRead(viewer, new PostPolicy.Post(post.author(), false, post.hidden(),
                space.forPolicy()));
    }

    /** A stored post as this reader may see it: deleted and (for others) hidden posts keep their place without text. */
    static Post forReader(PostDocument document, Viewer viewer, Space space) {
        Post post = document.toPost();
        return mayReadText(viewer, post, space) ? post : post.withoutText();
    }

    private static int checkPage(int page) {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        return page;
    }

    private static int checkSize(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        return size;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The change position of one write, taken just before it (search follows these). */
    private long change() {
        return sequences.next(Sequences.CHANGES);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
