package org.taiwa.discussion;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.discussion.internal.DraftDocument;
import org.taiwa.discussion.internal.PostText;
import org.taiwa.discussion.internal.ThreadDocument;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.Viewer;

/**
 * The current member's unsent replies and new threads, saved while they type so that a reload loses
 * nothing. One document per member and target (thread and post answered, or space), written by one upsert.
 *
 * @throws AccessDeniedException       (any method) for a visitor, or a thread or space the member may not read
 * @throws DiscussionNotFoundException (any method) for an unknown thread or space
 */
@Service
public class Drafts {

    private final MongoTemplate mongo;
    private final Spaces spaces;
    private final Clock clock = Clock.systemUTC();

    Drafts(MongoTemplate mongo, Spaces spaces) {
        this.mongo = mongo;
        this.spaces = spaces;
    }

    /**
     * Keeps the text as the member's draft for the key; an empty title and body discard it.
     *
     * @throws InvalidPostException for a text longer than a post or title may be
     */
    public void save(DraftKey key, String title, String body) {
        String cleanTitle = title == null ? "" : title;
        String cleanBody = body == null ? "" : body;
        if (cleanTitle.isBlank() && cleanBody.isBlank()) {
            discard(key);
            return;
        }
        // a draft may be unfinished, but not larger than what could be sent
        if (cleanBody.length() > PostText.MAX_BODY) {
            PostText.body(cleanBody);
        }
        if (cleanTitle.length() > PostText.MAX_TITLE) {
            PostText.title(cleanTitle);
        }
        Viewer viewer = readable(key);
        var update = new Update().set(DraftDocument.USERNAME, viewer.username())
                .set(DraftDocument.THREAD_ID, key.thread() == null ? null : key.thread().value())
                .set(DraftDocument.PARENT_ID, key.parent() == null ? null : key.parent().value())
                .set(DraftDocument.SPACE_ID, key.space() == null ? null : key.space().value())
                .set(DraftDocument.TITLE, cleanTitle).set(DraftDocument.BODY, cleanBody)
                .set(DraftDocument.SAVED_AT, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        mongo.upsert(byId(viewer, key), update, DraftDocument.class);
    }

    /** The member's draft for the key. */
    public Optional<Draft> find(DraftKey key) {
        Viewer viewer = readable(key);
        return Optional.ofNullable(mongo.findOne(byId(viewer, key), DraftDocument.class)).map(DraftDocument::toDraft);
    }

    /** The member's most recently saved reply draft in the thread, whichever post it answers. */
    public Optional<Draft> latestIn(ThreadId thread) {
        return latestIn(readable(DraftKey.reply(thread, null)), thread);
    }

    /** Like {@link #latestIn(ThreadId)} for a thread the member has just read, without reading it again. */
    public Optional<Draft> latestIn(Thread thread) {
        Viewer viewer = spaces.viewer();
        Permissions.require(viewer.signedIn(), "keep drafts");
        spaces.get(thread.space());
        return latestIn(viewer, thread.id());
    }

    private Optional<Draft> latestIn(Viewer viewer, ThreadId thread) {
        var query = Query.query(Criteria.where(DraftDocument.USERNAME).is(viewer.username())
                .and(DraftDocument.THREAD_ID).is(thread.value()))
                .with(Sort.by(Sort.Direction.DESC, DraftDocument.SAVED_AT)).limit(1);
        return Optional.ofNullable(mongo.findOne(query, DraftDocument.class)).map(DraftDocument::toDraft);
    }

    /** Forgets the member's draft for the key, e.g. once it was sent. */
    public void discard(DraftKey key) {
        Viewer viewer = spaces.viewer();
        Permissions.require(viewer.signedIn(), "discard a draft");
        mongo.remove(byId(viewer, key), DraftDocument.class);
    }

    private Viewer readable(DraftKey key) {
        Viewer viewer = spaces.viewer();
        Permissions.require(viewer.signedIn(), "keep drafts");
        if (key.space() != null) {
            spaces.get(key.space());
        } else {
            ThreadDocument thread = mongo.findById(key.thread().value(), ThreadDocument.class);
            if (thread == null) {
                throw new DiscussionNotFoundException("thread", key.thread().value());
            }
            spaces.get(new SpaceId(thread.spaceId()));
        }
        return viewer;
    }

    private static Query byId(Viewer viewer, DraftKey key) {
        return Query.query(Criteria.where("_id").is(viewer.username() + "|" + key.scope()));
    }
}
