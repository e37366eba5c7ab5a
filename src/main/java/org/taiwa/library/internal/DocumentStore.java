package org.taiwa.library.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.library.DocumentMetadata;
import org.taiwa.library.ExtractionStatus;

import static org.taiwa.library.internal.DocumentRecord.*;

/**
 * The {@code documents} collection. Each write is one atomic update of one document that also sets the
 * change position; conditions in the filter (version count, revision, not deleted, extraction pending)
 * make concurrent writers fail instead of overwrite each other.
 */
@Component
public class DocumentStore {

    private static final FindAndModifyOptions RETURN_NEW = FindAndModifyOptions.options().returnNew(true);

    private final MongoTemplate mongo;

    DocumentStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void insert(DocumentRecord record) {
        mongo.insert(record);
    }

    /** Also deleted ones: callers decide what a deleted document means to them. */
    public Optional<DocumentRecord> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DocumentRecord.class));
    }

    /** Appends a version if the document still has {@code expectedCount} versions; null if not (or deleted). */
    public DocumentRecord addVersion(String id, int expectedCount, VersionRecord version, long changeSeq,
                                     Instant now) {
        var query = Query.query(where("_id").is(id).and(DELETED).is(false).and(VERSIONS).size(expectedCount));
        var update = new Update().push(VERSIONS, version).set(CHANGE_SEQ, changeSeq).set(UPDATED_AT, now);
        return mongo.findAndModify(query, update, RETURN_NEW, DocumentRecord.class);
    }

    /**
     * Stores a version's extraction outcome if it is still pending: when two nodes extract the same file,
     * only the first outcome counts. Does not move {@code updatedAt}, which orders the list by member
     * activity.
     *
     * @return the document as updated, or null if the outcome was already stored
     */
    public DocumentRecord finishExtraction(String id, int number, ExtractionRecord outcome, long changeSeq) {
        String path = VERSIONS + "." + (number - 1);
        var query = Query.query(where("_id").is(id).and(path + ".number").is(number)
                .and(path + ".extraction.status").is(ExtractionStatus.PENDING.name()));
        var update = new Update().set(path + ".extraction", outcome).set(CHANGE_SEQ, changeSeq);
        return mongo.findAndModify(query, update, RETURN_NEW, DocumentRecord.class);
    }

    /** Replaces the metadata if nobody edited it since {@code revision}; null if someone did (or it was deleted). */
    public DocumentRecord updateMetadata(String id, int revision, DocumentMetadata m, long changeSeq, Instant now) {
        var query = Query.query(where("_id").is(id).and(DELETED).is(false).and(REVISION).is(revision));
        var update = new Update().set(TITLE, m.title()).set(SUMMARY, m.summary()).set(TYPE, m.type())
                .set(FISCAL_YEAR, m.fiscalYear().year())
                .set(MUNICIPALITIES, m.municipalities().stream().map(MunicipalityId::value).toList())
                .set(SPACE_ID, m.spaceId()).set(MODEL, m.model()).set(STAGE, m.stage()).set(TAGS, m.tags())
                .set(VISIBILITY, m.visibility()).set(AUTHOR, m.author()).inc(REVISION, 1)
                .set(CHANGE_SEQ, changeSeq).set(UPDATED_AT, now);
        return mongo.findAndModify(query, update, RETURN_NEW, DocumentRecord.class);
    }

    /** Soft delete; null if it was deleted already. */
    public DocumentRecord delete(String id, long changeSeq, Instant now) {
        var query = Query.query(where("_id").is(id).and(DELETED).is(false));
        var update = new Update().set(DELETED, true).set(CHANGE_SEQ, changeSeq).set(UPDATED_AT, now);
        return mongo.findAndModify(query, update, RETURN_NEW, DocumentRecord.class);
    }

    public List<DocumentRecord> find(Query query) {
        return mongo.find(query, DocumentRecord.class);
    }

    public long count(Query query) {
        return mongo.count(query, DocumentRecord.class);
    }

    /** Documents with a version whose text has not been read yet. */
    public List<DocumentRecord> withPendingExtraction() {
        return mongo.find(Query.query(where(VERSIONS + ".extraction.status").is(ExtractionStatus.PENDING.name())),
                DocumentRecord.class);
    }

    /** Deleted ones too, in change order: what the search index follows. */
    public List<DocumentRecord> changedAfter(long position, int limit) {
        var query = Query.query(where(CHANGE_SEQ).gt(position)).with(Sort.by(CHANGE_SEQ)).limit(limit);
        return mongo.find(query, DocumentRecord.class);
    }
}
