package org.taiwa.discussion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.taiwa.discussion.internal.ProposalDocument;

/**
 * Reads for jobs that act for no member, such as notifications and reminders: a listener runs on
 * another thread than the member who acted, and a scheduled job has no member at all, so these reads
 * check no permission. Callers must not show the results to anyone without asking
 * {@code SpacePolicy} whether that person may read the space.
 */
@Service
public class SystemReads {

    private final MongoTemplate mongo;
    private final Spaces spaces;

    SystemReads(MongoTemplate mongo, Spaces spaces) {
        this.mongo = mongo;
        this.spaces = spaces;
    }

    /** The space, archived or not; empty if there is no such space. */
    public Optional<Space> space(SpaceId id) {
        return spaces.find(id);
    }

    /** Proposals still open at {@code now} whose closing time comes at or before {@code before}, soonest first. */
    public List<Proposal> openProposalsClosingBetween(Instant now, Instant before) {
        var query = Query.query(Criteria.where(ProposalDocument.CLOSED).is(false)
                .and(ProposalDocument.CLOSES_AT).gt(now).lte(before))
                .with(Sort.by(ProposalDocument.CLOSES_AT, "_id"));
        return mongo.find(query, ProposalDocument.class).stream().map(ProposalDocument::toProposal).toList();
    }
}
