package org.taiwa.discussion.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.taiwa.discussion.DiscussionNotFoundException;
import org.taiwa.discussion.InvalidProposalException;
import org.taiwa.discussion.Position;
import org.taiwa.discussion.Proposal;
import org.taiwa.discussion.ProposalId;
import org.taiwa.discussion.ProposalService;
import org.taiwa.discussion.Stance;
import org.taiwa.discussion.Tally;
import org.taiwa.discussion.ThreadId;

/** Proposals of threads and positions on them: errors come back as problem details (400/403/404/409). */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class ProposalApi {

    private final ProposalService proposals;

    ProposalApi(ProposalService proposals) {
        this.proposals = proposals;
    }

    @PostMapping(path = "/threads/{id}/proposal", consumes = "application/json")
    ResponseEntity<ProposalJson> create(@PathVariable String id, @RequestBody NewProposal request) {
        Proposal proposal = proposals.create(new ThreadId(id), request.title(), request.description(),
                request.closesAt());
        return ResponseEntity.created(URI.create("/api/threads/" + id + "/proposal")).body(ProposalJson.of(proposal));
    }

    @GetMapping("/threads/{id}/proposal")
    ProposalJson ofThread(@PathVariable String id) {
        return proposals.ofThread(new ThreadId(id)).map(ProposalJson::of)
                .orElseThrow(() -> new DiscussionNotFoundException("proposal of thread", id));
    }

    @PutMapping(path = "/proposals/{id}/position", consumes = "application/json")
    ProposalJson position(@PathVariable String id, @RequestBody NewPosition request) {
        return ProposalJson.of(proposals.state(new ProposalId(id), stance(request.position()), request.reason()));
    }

    @PostMapping("/proposals/{id}/close")
    ProposalJson close(@PathVariable String id) {
        return ProposalJson.of(proposals.close(new ProposalId(id)));
    }

    @PostMapping(path = "/proposals/{id}/outcome", consumes = "application/json")
    ProposalJson outcome(@PathVariable String id, @RequestBody NewOutcome request) {
        return ProposalJson.of(proposals.recordOutcome(new ProposalId(id), request.outcome()));
    }

    private static Stance stance(String value) {
        try {
            return value == null ? null : Stance.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidProposalException("discussion.proposal.stance.missing",
                    "Unknown position " + value + ": AGREE, ABSTAIN, DISAGREE or BLOCK.");
        }
    }

    record NewProposal(String title, String description, Instant closesAt) {
    }

    record NewPosition(String position, String reason) {
    }

    record NewOutcome(String outcome) {
    }

    record ProposalJson(String id, String threadId, String spaceId, String title, String descriptionHtml,
                        String author, Instant createdAt, Instant closesAt, String status, String outcome,
                        List<PositionJson> positions, TallyJson tally) {

        static ProposalJson of(Proposal p) {
            return new ProposalJson(p.id().value(), p.thread().value(), p.space().value(), p.title(),
                    p.descriptionHtml(), p.author(), p.createdAt(), p.closesAt(),
                    p.isOpen(Instant.now()) ? "OPEN" : "CLOSED", p.outcome(),
                    p.positions().stream().map(PositionJson::of).toList(), TallyJson.of(p.tally()));
        }
    }

    record PositionJson(String username, String municipality, String position, String reason, Instant at) {

        static PositionJson of(Position p) {
            return new PositionJson(p.username(), p.municipality(), p.stance().name(), p.reason(), p.at());
        }
    }

    record TallyJson(Map<Stance, Integer> counts, Map<String, Map<Stance, Integer>> byMunicipality, String result) {

        static TallyJson of(Tally t) {
            return new TallyJson(t.counts(), t.byMunicipality(), t.result().name());
        }
    }
}
