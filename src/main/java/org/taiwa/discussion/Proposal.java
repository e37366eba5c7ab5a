package org.taiwa.discussion;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A proposal (提言案) of a thread, with the positions stated so far.
 *
 * @param description     Markdown as written
 * @param descriptionHtml the sanitised HTML of the description
 * @param closed          true once closed early by its author or a moderator
 * @param outcome         the author's statement after closing, empty until then
 */
public record Proposal(ProposalId id, ThreadId thread, SpaceId space, String title, String description,
                       String descriptionHtml, String author, Instant createdAt, Instant closesAt, boolean closed,
                       String outcome, List<Position> positions) {

    public Proposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(closesAt, "closesAt");
        outcome = Objects.requireNonNullElse(outcome, "");
        positions = List.copyOf(positions);
    }

    /** Open until closed early or until its closing time has come. */
    public boolean isOpen(Instant now) {
        return !closed && now.isBefore(closesAt);
    }

    public Tally tally() {
        return Consensus.tally(positions);
    }
}
