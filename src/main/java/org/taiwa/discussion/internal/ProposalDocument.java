package org.taiwa.discussion.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.taiwa.discussion.Position;
import org.taiwa.discussion.Proposal;
import org.taiwa.discussion.ProposalId;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Stance;
import org.taiwa.discussion.ThreadId;

/**
 * A proposal and all its positions in one document of {@code proposals}, so that one conditional
 * {@code findAndModify} both checks "still open" and stores a position. The id is the thread's id: a
 * thread carries at most one proposal. Positions are keyed by {@link #key(String) the encoded username}
 * (usernames contain dots, which MongoDB reads as paths).
 */
@Document("proposals")
public record ProposalDocument(@Id String id, String spaceId, String title, String description,
                               String descriptionHtml, String author, Instant createdAt, Instant closesAt,
                               boolean closed, Instant closedAt, String outcome, Instant outcomeAt,
                               Map<String, PositionEntry> positions) {

    public static final String SPACE_ID = "spaceId";
    public static final String CLOSED = "closed";
    public static final String CLOSED_AT = "closedAt";
    public static final String CLOSES_AT = "closesAt";
    public static final String OUTCOME = "outcome";
    public static final String OUTCOME_AT = "outcomeAt";
    public static final String POSITIONS = "positions";

    /** One member's position as stored. */
    public record PositionEntry(String username, String municipality, Stance stance, String reason, Instant at) {

        public static PositionEntry of(Position p) {
            return new PositionEntry(p.username(), p.municipality(), p.stance(), p.reason(), p.at());
        }

        Position toPosition() {
            return new Position(username, municipality, stance, reason, at);
        }
    }

    /** The map key of a username: reversible, without {@code .} or {@code $}. */
    public static String key(String username) {
        return username.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    /** The field path of a member's position. */
    public static String positionPath(String username) {
        return POSITIONS + "." + key(username);
    }

    public Proposal toProposal() {
        var list = positions == null ? java.util.List.<Position>of() : positions.values().stream()
                .map(PositionEntry::toPosition).sorted(Comparator.comparing(Position::username)).toList();
        return new Proposal(new ProposalId(id), new ThreadId(id), new SpaceId(spaceId), title, description,
                descriptionHtml, author, createdAt, closesAt, closed, outcome, list);
    }
}
