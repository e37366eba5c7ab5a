package org.taiwa.discussion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.internal.ProposalDocument;

@TaiwaIntegrationTest
class ProposalIT {

    @RegisterExtension
    final DemoMember member = new DemoMember();

    static final SpaceId COMMITTEE = new SpaceId("municipal-committee");

    @Autowired
    ThreadService threads;
    @Autowired
    ProposalService proposals;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;

    @Test
    void a_committee_member_puts_a_proposal_and_only_posters_take_positions() {
        Proposal proposal = newCommitteeProposal();
        assertThat(proposal.author()).isEqualTo("staff.minato");
        assertThat(proposal.descriptionHtml()).contains("<strong>共同購入</strong>");
        assertThat(proposal.isOpen(Instant.now())).isTrue();

        member.signIn("staff.shinjuku");
        Proposal voted = proposals.state(proposal.id(), Stance.AGREE, null);
        assertThat(voted.positions()).extracting(Position::username, Position::municipality, Position::stance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("staff.shinjuku", "新宿区", Stance.AGREE));

        member.signIn("staff.mitaka");
        assertThatThrownBy(() -> proposals.state(proposal.id(), Stance.BLOCK, "反対"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposals.create(proposal.thread(), "t", "d", Instant.now().plusSeconds(60)))
                .isInstanceOf(AccessDeniedException.class);
        member.signIn("staff.minato");
        assertThat(proposals.get(proposal.id()).positions()).hasSize(1);
        assertThatThrownBy(() -> proposals.create(proposal.thread(), "二つ目", "d", Instant.now().plusSeconds(60)))
                .isInstanceOf(ProposalConflictException.class);
    }

    @Test
    void a_position_can_be_changed_and_needs_a_reason_for_disagree_and_block() {
        Proposal proposal = newCommitteeProposal();
        member.signIn("staff.hachioji");
        proposals.state(proposal.id(), Stance.AGREE, "");
        assertThatThrownBy(() -> proposals.state(proposal.id(), Stance.DISAGREE, "  "))
                .isInstanceOf(InvalidProposalException.class);
        assertThatThrownBy(() -> proposals.state(proposal.id(), Stance.BLOCK, null))
                .isInstanceOf(InvalidProposalException.class);
        assertThatThrownBy(() -> proposals.state(proposal.id(), Stance.ABSTAIN, "x".repeat(2_001)))
                .isInstanceOf(InvalidProposalException.class);
        Proposal changed = proposals.state(proposal.id(), Stance.BLOCK, "予算の裏付けがない");

        assertThat(changed.positions()).singleElement().satisfies(p -> {
            assertThat(p.stance()).isEqualTo(Stance.BLOCK);
            assertThat(p.reason()).isEqualTo("予算の裏付けがない");
        });
        assertThat(changed.tally().result()).isEqualTo(Consensus.Result.BLOCKED);
    }

    @Test
    void no_position_after_closing_and_the_stored_one_stays() {
        Proposal proposal = newCommitteeProposal();
        member.signIn("staff.shinjuku");
        proposals.state(proposal.id(), Stance.AGREE, "");
        assertThatThrownBy(() -> proposals.close(proposal.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> proposals.recordOutcome(proposal.id(), "採択"))
                .isInstanceOf(AccessDeniedException.class);

        member.signIn("staff.minato");
        assertThatThrownBy(() -> proposals.recordOutcome(proposal.id(), "採択"))
                .isInstanceOf(ProposalConflictException.class);
        assertThat(proposals.close(proposal.id()).closed()).isTrue();
        assertThatThrownBy(() -> proposals.close(proposal.id())).isInstanceOf(ProposalClosedException.class);

        member.signIn("staff.shinjuku");
        assertThatThrownBy(() -> proposals.state(proposal.id(), Stance.BLOCK, "遅すぎた"))
                .isInstanceOf(ProposalClosedException.class);
        assertThat(proposals.get(proposal.id()).positions()).singleElement()
                .satisfies(p -> assertThat(p.stance()).isEqualTo(Stance.AGREE));

        member.signIn("staff.minato");
        assertThat(proposals.recordOutcome(proposal.id(), "採択とする").outcome()).isEqualTo("採択とする");
    }

    @Test
    void no_position_once_the_closing_time_has_passed() {
        Proposal proposal = newCommitteeProposal();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(proposal.id().value())),
                Update.update(ProposalDocument.CLOSES_AT, Instant.now().minusSeconds(1)), ProposalDocument.class);
        member.signIn("staff.shinjuku");
        assertThatThrownBy(() -> proposals.state(proposal.id(), Stance.AGREE, ""))
                .isInstanceOf(ProposalClosedException.class);
        assertThat(proposals.get(proposal.id()).positions()).isEmpty();
    }

    @Test
    void a_closing_time_in_the_past_is_refused() {
        member.signIn("staff.minato");
        Thread thread = threads.start(COMMITTEE, "期限切れ", "本文");
        assertThatThrownBy(() -> proposals.create(thread.id(), "案", "説明", Instant.now().minusSeconds(5)))
                .isInstanceOf(InvalidProposalException.class);
        assertThat(proposals.ofThread(thread.id())).isEmpty();
        assertThat(proposals.ofThread(thread)).isEmpty();

        member.signIn("staff.mitaka");
        assertThatThrownBy(() -> proposals.ofThread(thread)).as("the thread as read still checks its space")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void concurrent_positions_of_twenty_members_are_all_counted() throws Exception {
        member.signIn("staff.minato");
        Thread thread = threads.start(new SpaceId("forum"), "並行の提言", "本文");
        Proposal proposal = proposals.create(thread.id(), "並行", "説明", Instant.now().plus(Duration.ofHours(1)));
        List<String> staff = Files.readAllLines(Path.of("config/demo-accounts.csv")).stream()
                .filter(l -> l.startsWith("staff.")).map(l -> l.substring(0, l.indexOf(','))).limit(20).toList();
        assertThat(staff).hasSize(20);
        List<Callable<Proposal>> tasks = new ArrayList<>();
        for (String username : staff) {
            Authentication voter = authentication(username);
            tasks.add(() -> {
                SecurityContextHolder.getContext().setAuthentication(voter);
                try {
                    return proposals.state(proposal.id(), Stance.AGREE, "");
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            for (Future<Proposal> result : pool.invokeAll(tasks)) {
                result.get();
            }
        }
        member.signIn("staff.minato");
        Proposal counted = proposals.get(proposal.id());
        assertThat(counted.positions()).extracting(Position::username).containsExactlyInAnyOrderElementsOf(staff);
        assertThat(counted.tally().count(Stance.AGREE)).isEqualTo(20);
    }

    @Test
    void the_research_committees_proposals_are_closed_with_outcomes() {
        member.signIn("staff.minato");
        for (int n = 1; n <= 3; n++) {
            Proposal proposal = proposals.ofThread(new ThreadId("joint-plenary-teigen-" + n)).orElseThrow();
            assertThat(proposal.space().value()).isEqualTo("joint-plenary");
            assertThat(proposal.title()).startsWith("提言" + n + " ");
            assertThat(proposal.isOpen(Instant.now())).isFalse();
            assertThat(proposal.outcome()).startsWith("採択");
            assertThat(proposal.tally().result()).isEqualTo(Consensus.Result.AGREED);
            assertThat(proposal.tally().who().get(Stance.AGREE)).contains("staff.minato", "staff.shinjuku",
                    "staff.hachioji", "academic.yamada");
        }
        assertThat(proposals.ofThread(new ThreadId("joint-plenary-teigen-3")).orElseThrow().title())
                .isEqualTo("提言3 低炭素社会の実現に向けた機運の醸成");
    }

    private Proposal newCommitteeProposal() {
        member.signIn("staff.minato");
        Thread thread = threads.start(COMMITTEE, "提言案の検討", "本文");
        return proposals.create(thread.id(), "共同購入の提言", "**共同購入**を続ける",
                Instant.now().plus(Duration.ofDays(7)));
    }

    private Authentication authentication(String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }
}
