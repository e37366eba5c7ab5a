package org.taiwa.discussion.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.taiwa.discussion.DiscussionNotFoundException;
import org.taiwa.discussion.MeetingConflictException;
import org.taiwa.discussion.MeetingId;
import org.taiwa.discussion.MeetingStatus;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Thread;

/**
 * The {@code meetings} collection for the meeting services: every change is one conditional
 * {@code findAndModify}, so a concurrent edit is refused instead of overwritten (no transactions, 0002/0007).
 * Creates the index for listing a space's meetings at start-up (MongoDB uses it; the embedded server ignores it).
 */
@Component
public class MeetingStore implements ApplicationRunner {

    private static final Sort SOONEST_FIRST = Sort.by(Sort.Order.asc(MeetingDocument.STARTS_AT), Sort.Order.asc("_id"));
    private static final Sort LATEST_FIRST = Sort.by(Sort.Order.desc(MeetingDocument.STARTS_AT), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;

    MeetingStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        mongo.indexOps(MeetingDocument.COLLECTION).createIndex(new Index().on(MeetingDocument.SPACE_ID, Sort.Direction.ASC)
                .on(MeetingDocument.ENDS_AT, Sort.Direction.ASC).on(MeetingDocument.STARTS_AT, Sort.Direction.ASC));
    }

    /** @throws DiscussionNotFoundException if there is no such meeting */
    public MeetingDocument get(MeetingId id) {
        MeetingDocument document = mongo.findById(id.value(), MeetingDocument.class);
        if (document == null) {
            throw new DiscussionNotFoundException("meeting", id.value());
        }
        return document;
    }

    public void insert(MeetingDocument meeting) {
        mongo.insert(meeting);
    }

    /**
     * Applies the update, stamped with who and when and one version more, only to the version the member
     * read and only while the meeting is scheduled.
     *
     * @return the meeting as changed
     * @throws MeetingConflictException when it changed meanwhile or is cancelled
     */
    public MeetingDocument changeIfCurrent(MeetingId id, long expectedVersion, Update update, String by, Instant at) {
        var current = Query.query(Criteria.where("_id").is(id.value()).and(MeetingDocument.VERSION).is(expectedVersion)
                .and(MeetingDocument.STATUS).is(MeetingStatus.SCHEDULED));
        MeetingDocument changed = mongo.findAndModify(current, stamped(update, by, at),
                FindAndModifyOptions.options().returnNew(true), MeetingDocument.class);
        if (changed == null) {
            MeetingDocument now = get(id);
            throw now.status() == MeetingStatus.CANCELLED ? MeetingConflictException.cancelled(id)
                    : MeetingConflictException.changed(id, expectedVersion, now.version());
        }
        return changed;
    }

    /**
     * Marks the meeting cancelled, whatever its version: cancelling does not depend on its details.
     *
     * @throws MeetingConflictException when it is cancelled already
     */
    public MeetingDocument cancel(MeetingId id, String by, Instant at) {
        var scheduled = Query.query(Criteria.where("_id").is(id.value()).and(MeetingDocument.STATUS)
                .is(MeetingStatus.SCHEDULED));
        MeetingDocument cancelled = mongo.findAndModify(scheduled,
                stamped(Update.update(MeetingDocument.STATUS, MeetingStatus.CANCELLED), by, at),
                FindAndModifyOptions.options().returnNew(true), MeetingDocument.class);
        if (cancelled == null) {
            get(id);
            throw MeetingConflictException.cancelled(id);
        }
        return cancelled;
    }

    /** A page in display order (see {@link MeetingOrder}): upcoming soonest first, then past latest first. */
    public List<MeetingDocument> page(SpaceId space, int page, int size, Instant now) {
        var upcoming = Query.query(Criteria.where(MeetingDocument.SPACE_ID).is(space.value())
                .and(MeetingDocument.ENDS_AT).gt(now));
        MeetingOrder.Slices slices = MeetingOrder.slices((long) page * size, size,
                mongo.count(upcoming, MeetingDocument.class));
        var meetings = new ArrayList<MeetingDocument>();
        if (slices.upcomingLimit() > 0) {
            meetings.addAll(mongo.find(upcoming.with(SOONEST_FIRST).skip(slices.upcomingSkip())
                    .limit(slices.upcomingLimit()), MeetingDocument.class));
        }
        if (slices.pastLimit() > 0) {
            var past = Query.query(Criteria.where(MeetingDocument.SPACE_ID).is(space.value())
                    .and(MeetingDocument.ENDS_AT).lte(now));
            meetings.addAll(mongo.find(past.with(LATEST_FIRST).skip(slices.pastSkip()).limit(slices.pastLimit()),
                    MeetingDocument.class));
        }
        return meetings;
    }

    /**
     * Titles of those of the threads that exist in the space, by id. Deleted threads count: they keep their
     * place (0007), and a meeting that linked one must stay editable.
     */
    public Map<String, String> threadTitles(SpaceId space, List<String> threadIds) {
        if (threadIds.isEmpty()) {
            return Map.of();
        }
        var query = Query.query(Criteria.where("_id").in(threadIds).and(ThreadDocument.SPACE_ID).is(space.value()));
        return mongo.find(query, ThreadDocument.class).stream()
                .collect(Collectors.toMap(ThreadDocument::id, ThreadDocument::title));
    }

    /** The space's undeleted threads, latest activity first. */
    public List<Thread> threads(SpaceId space, int limit) {
        var query = Query.query(Criteria.where(ThreadDocument.SPACE_ID).is(space.value())
                .and(ThreadDocument.DELETED).is(false)).with(Sort.by(Sort.Order.desc(ThreadDocument.LAST_ACTIVITY_AT)))
                .limit(limit);
        return mongo.find(query, ThreadDocument.class).stream().map(ThreadDocument::toThread).toList();
    }

    private static Update stamped(Update update, String by, Instant at) {
        return update.set(MeetingDocument.UPDATED_BY, by).set(MeetingDocument.UPDATED_AT, at)
                .inc(MeetingDocument.VERSION, 1);
    }
}
