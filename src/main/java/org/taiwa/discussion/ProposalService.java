package org.taiwa.discussion;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.taiwa.audit.AuditLog;
import org.taiwa.discussion.internal.MarkdownRenderer;
import org.taiwa.discussion.internal.ProposalDocument;
import org.taiwa.discussion.internal.ThreadDocument;
import org.taiwa.security.policy.Permissions;
import org.taiwa.security.policy.SpacePolicy;
import org.taiwa.security.policy.Viewer;

/**
 * Proposals (提言案) of threads and the members' positions on them, Loomio-style. The proposal and its
 * positions are one document; a position is stored by one {@code findAndModify} conditioned on
 * "not closed and closing time still ahead", so no late position slips in (0007, no transactions).
 *
 * @throws AccessDeniedException       (any method) when the current member may not do it
 * @throws DiscussionNotFoundException (any method) for an unknown thread or proposal
 */
@Service
public class ProposalService {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_OUTCOME = 2_000;

    private final MongoTemplate mongo;
    private final Spaces spaces;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    ProposalService(MongoTemplate mongo, Spaces spaces, AuditLog audit, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.spaces = spaces;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Puts a proposal to a thread; only who may post in the space may.
     *
     * @throws InvalidProposalException   for an empty or too long title or description, or a closing time not ahead
     * @throws ProposalConflictException  when the thread has a proposal already
     * @throws ThreadClosedException      when the thread is locked or deleted
     */
    public Proposal create(ThreadId threadId, String title, String description, Instant closesAt) {
        String cleanTitle = text(title, MAX_TITLE, "title");
        String markdown = text(description, MAX_DESCRIPTION, "description");
        Instant now = now();
        if (closesAt == null || !closesAt.isAfter(now)) {
            throw new InvalidProposalException("discussion.proposal.closes-at-past",
                    "The closing time must be in the future.");
        }
        ThreadDocument thread = thread(threadId);
        Space space = spaces.get(new SpaceId(thread.spaceId()));
        Viewer viewer = spaces.viewer();
        Permissions.require(SpacePolicy.canPost(viewer, space.forPolicy()), "propose in thread " + threadId.value());
        if (thread.locked() || thread.deleted()) {
            throw new ThreadClosedException(threadId, thread.locked());
        }
        var document = new ProposalDocument(thread.id(), thread.spaceId(), cleanTitle, markdown,
                MarkdownRenderer.toSafeHtml(markdown), viewer.username(), now, closesAt.truncatedTo(ChronoUnit.MILLIS),
                false, null, "", null, Map.of());
        try {
            // the id is the thread's: a second proposal for the same thread fails on the key
            mongo.insert(document);
        } catch (DuplicateKeyException e) {
            throw new ProposalConflictException("discussion.proposal.exists", "Proposal exists",
                    "Thread " + threadId.value() + " has a proposal already");
        }
        audit.record(viewer.username(), "proposal.create", document.id(), cleanTitle, "");
        Proposal proposal = document.toProposal();
        events.publishEvent(new ProposalOpened(proposal.id(), proposal.thread(), proposal.space(), cleanTitle,
                proposal.closesAt(), viewer.username(), now));
        return proposal;
    }

    /** The thread's proposal, if it has one, for whoever may read the thread. */
    public Optional<Proposal> ofThread(ThreadId threadId) {
        return ofThread(thread(threadId).toThread());
    }

    /**
     * Like {@link #ofThread(ThreadId)} for a thread the member has just read, without reading it again (the space's
     * access is checked from the spaces the member may read).
     */
    public Optional<Proposal> ofThread(Thread thread) {
        spaces.get(thread.space());
        return Optional.ofNullable(mongo.findById(thread.id().value(), ProposalDocument.class))
                .map(ProposalDocument::toProposal);
    }

    /** The proposal, for whoever may read its space. */
    public Proposal get(ProposalId id) {
        ProposalDocument proposal = proposal(id);
        spaces.get(new SpaceId(proposal.spaceId()));
        return proposal.toProposal();
    }

    /**
     * States or changes the current member's position while the proposal is open.
     *
     * @throws InvalidProposalException for a missing stance, a missing reason for DISAGREE or BLOCK, or a too long reason
     * @throws ProposalClosedException  once the proposal is closed
     */
    public Proposal state(ProposalId id, Stance stance, String reason) {
        String cleanReason = reason(stance, reason);
        ProposalDocument proposal = proposal(id);
        Space space = spaces.get(new SpaceId(proposal.spaceId()));
        Viewer viewer = spaces.viewer();
        Permissions.require(SpacePolicy.canPost(viewer, space.forPolicy()), "take a position on " + id.value());
        Instant now = now();
        var position = new Position(viewer.username(), viewer.municipality().orElse(""), stance, cleanReason, now);
        // "still open" is checked by the same atomic update that stores the position
        var open = Query.query(Criteria.where("_id").is(id.value()).and(ProposalDocument.CLOSED).is(false)
                .and(ProposalDocument.CLOSES_AT).gt(now));
        ProposalDocument updated = mongo.findAndModify(open,
                Update.update(ProposalDocument.positionPath(viewer.username()),
                        ProposalDocument.PositionEntry.of(position)),
                FindAndModifyOptions.options().returnNew(true), ProposalDocument.class);
        if (updated == null) {
            proposal(id);
            throw new ProposalClosedException(id);
        }
        return updated.toProposal();
    }

    /**
     * Closes the proposal before its closing time: its author or a moderator of the space.
     *
     * @throws ProposalClosedException when it is closed already
     */
    public Proposal close(ProposalId id) {
        ProposalDocument proposal = proposal(id);
        Space space = spaces.get(new SpaceId(proposal.spaceId()));
        Viewer viewer = spaces.viewer();
        Permissions.require(viewer.signedIn() && (viewer.username().equals(proposal.author())
                || SpacePolicy.canModerate(viewer, space.forPolicy())), "close proposal " + id.value());
        Instant now = now();
        var open = Query.query(Criteria.where("_id").is(id.value()).and(ProposalDocument.CLOSED).is(false)
                .and(ProposalDocument.CLOSES_AT).gt(now));
        ProposalDocument closed = mongo.findAndModify(open,
                new Update().set(ProposalDocument.CLOSED, true).set(ProposalDocument.CLOSED_AT, now),
                FindAndModifyOptions.options().returnNew(true), ProposalDocument.class);
        if (closed == null) {
            throw new ProposalClosedException(id);
        }
        audit.record(viewer.username(), "proposal.close", id.value(), proposal.title(), "");
        return closed.toProposal();
    }

    /**
     * Records the outcome statement once the proposal is closed: its author only. A later statement replaces it.
     *
     * @throws InvalidProposalException   for an empty or too long statement
     * @throws ProposalConflictException  while the proposal is still open
     */
    public Proposal recordOutcome(ProposalId id, String outcome) {
        String statement = text(outcome, MAX_OUTCOME, "outcome");
        ProposalDocument proposal = proposal(id);
        spaces.get(new SpaceId(proposal.spaceId()));
        Viewer viewer = spaces.viewer();
        Permissions.require(viewer.signedIn() && viewer.username().equals(proposal.author()),
                "record the outcome of " + id.value());
        Instant now = now();
        if (proposal.toProposal().isOpen(now)) {
            throw new ProposalConflictException("discussion.proposal.still-open", "Proposal open",
                    "Proposal " + id.value() + " is still open; close it first");
        }
        ProposalDocument updated = mongo.findAndModify(Query.query(Criteria.where("_id").is(id.value())),
                new Update().set(ProposalDocument.OUTCOME, statement).set(ProposalDocument.OUTCOME_AT, now),
                FindAndModifyOptions.options().returnNew(true), ProposalDocument.class);
        audit.record(viewer.username(), "proposal.outcome", id.value(), statement, "");
        return updated.toProposal();
    }

    private static String text(String value, int max, String what) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new InvalidProposalException("discussion.proposal." + what + ".empty",
                    "The proposal's " + what + " needs some text.");
        }
        if (clean.length() > max) {
            throw new InvalidProposalException("discussion.proposal." + what + ".too-long",
                    "The proposal's " + what + " may have at most " + max + " characters.", max);
        }
        return clean;
    }

    private static String reason(Stance stance, String reason) {
        if (stance == null) {
            throw new InvalidProposalException("discussion.proposal.stance.missing",
                    "Choose a position: AGREE, ABSTAIN, DISAGREE or BLOCK.");
        }
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty() && stance.needsReason()) {
            throw new InvalidProposalException("discussion.proposal.reason.required",
                    "A reason is required for " + stance + ".");
        }
        if (clean.length() > Position.MAX_REASON) {
            throw new InvalidProposalException("discussion.proposal.reason.too-long",
                    "A reason may have at most " + Position.MAX_REASON + " characters.", Position.MAX_REASON);
        }
        return clean;
    }

    private ThreadDocument thread(ThreadId id) {
        ThreadDocument thread = mongo.findById(id.value(), ThreadDocument.class);
        if (thread == null) {
            throw new DiscussionNotFoundException("thread", id.value());
        }
        return thread;
    }

    private ProposalDocument proposal(ProposalId id) {
        ProposalDocument proposal = mongo.findById(id.value(), ProposalDocument.class);
        if (proposal == null) {
            throw new DiscussionNotFoundException("proposal", id.value());
        }
        return proposal;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
