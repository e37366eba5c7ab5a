package org.taiwa.discussion;

import java.time.Instant;
import java.util.Objects;

/**
 * A proposal was put to a thread. Published after the write, so listeners (notifications) see what
 * readers will see.
 *
 * @param closesAt when positions can no longer be stated
 * @param author   the username of who put the proposal
 */
public record ProposalOpened(ProposalId proposal, ThreadId thread, SpaceId space, String title, Instant closesAt,
                             String author, Instant at) {

    public ProposalOpened {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(at, "at");
    }
}
