package org.taiwa.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.taiwa.TaiwaApplication;
import org.taiwa.discussion.Drafts;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.ProposalService;
import org.taiwa.discussion.ReadState;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadScope;
import org.taiwa.discussion.ThreadService;
import org.taiwa.discussion.ThreadTree;

/**
 * Bench command for the discussion figures of issue 4, on the embedded database over TCP through
 * the services (server time, no browser): opening the first page of a 1,000-reply thread (random
 * tree) as the thread page does it — the first 50 visible rows of the tree ({@link ThreadTree#rows}), and that
 * with everything else the page asks for when it opens (read mark, proposal, draft) — and posting a reply once
 * the database holds 10,000 posts. Prints the figures and appends them to docs/benchmarks.md.
 * Run: {@code scripts/bench.sh discussion}.
 */
public final class DiscussionBench {

    private static final SpaceId FORUM = new SpaceId("forum");
    /** The rows the thread page reads when it opens (ui.PostRows.PAGE). */
    private static final int FIRST_PAGE = 50;

    private DiscussionBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Files.createTempDirectory("taiwa-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TaiwaApplication.class)
                .run("--server.port=0", "--taiwa.storage.data-dir=" + dataDir, "--vaadin.productionMode=true",
                        "--logging.level.root=warn")) {
            signIn(app, "staff.minato");
            ThreadService threads = app.getBean(ThreadService.class);
            ThreadTree tree = app.getBean(ThreadTree.class);
            ReadState readState = app.getBean(ReadState.class);
            ProposalService proposals = app.getBean(ProposalService.class);
            Drafts drafts = app.getBean(Drafts.class);
            var random = new Random(20111231L);

            Thread big = threads.start(FORUM, "1,000 replies", "開始");
            List<PostId> ids = new ArrayList<>(List.of(threads.read(big.id(), 0, 1).posts().getFirst().post().id()));
            for (int i = 0; i < 1_000; i++) {
                Post reply = threads.reply(big.id(), ids.get(random.nextInt(ids.size())), "返信 " + i + " **共同購入**");
                ids.add(reply.id());
            }
            // the JIT first: the figures are for a running server, not for its first minute
            for (int i = 0; i < 100; i++) {
                tree.rows(ThreadScope.whole(big.id()), 0, FIRST_PAGE);
            }
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long[] open = new long[60];
            for (int i = 0; i < open.length; i++) {
                long start = System.nanoTime();
                tree.rows(ThreadScope.whole(big.id()), 0, FIRST_PAGE);
                open[i] = System.nanoTime() - start;
            }
            long[] page = new long[60];
            for (int i = 0; i < page.length; i++) {
                long start = System.nanoTime();
                // what ThreadView.beforeEnter and ThreadDiscussion ask for before the first response
                tree.rows(ThreadScope.whole(big.id()), 0, FIRST_PAGE);
                readState.markRead(big.id());
                proposals.ofThread(big.id());
                drafts.latestIn(big.id());
                page[i] = System.nanoTime() - start;
            }

            int existing = 1_001;
            while (existing < 10_000) {
                Thread t = threads.start(FORUM, "filler " + existing, "本文");
                existing++;
                for (int i = 0; i < 99 && existing < 10_000; i++, existing++) {
                    threads.reply(t.id(), null, "返信 " + i);
                }
            }
            Thread target = threads.start(FORUM, "posting", "本文");
            long[] post = new long[300];
            for (int i = 0; i < post.length; i++) {
                long start = System.nanoTime();
                threads.reply(target.id(), null, "計測 " + i);
                post[i] = System.nanoTime() - start;
            }
            long[] openLater = new long[60];
            for (int i = 0; i < openLater.length; i++) {
                long start = System.nanoTime();
                tree.rows(ThreadScope.whole(big.id()), 0, FIRST_PAGE);
                openLater[i] = System.nanoTime() - start;
            }
            String report = report(skipWarmUp(open, 10), skipWarmUp(page, 10), skipWarmUp(openLater, 10),
                    skipWarmUp(post, 50), existing, load);
            System.out.println(report);
            Files.writeString(Path.of("docs/benchmarks.md"), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static void signIn(ConfigurableApplicationContext app, String username) {
        UserDetails user = app.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private static long[] skipWarmUp(long[] samples, int warmUp) {
        long[] measured = Arrays.copyOfRange(samples, warmUp, samples.length);
        Arrays.sort(measured);
        return measured;
    }

    private static String report(long[] open, long[] page, long[] openLater, long[] post, int posts, double load) {
        return """

                ## Discussion (%s, %d cores, %s)
                Embedded MongoDB server over TCP, through the services (server time, no browser); load average
                %.1f when measuring began.
                | figure | target | p50 | p95 | p99 | max | samples |
                |---|---|---|---|---|---|---|
                | open a 1,000-reply thread (random tree), first 50 visible rows | ≤ 200 ms | %s | %s | %s | %s | %d |
                | the same with read mark, proposal and draft (all the page asks for) | ≤ 200 ms | %s | %s | %s | %s | %d |
                | first 50 visible rows with %,d posts in the database | ≤ 200 ms | %s | %s | %s | %s | %d |
                | post a reply with %,d posts in the database | p95 ≤ 50 ms | %s | %s | %s | %s | %d |

                A thread's posts are read whole and ordered in memory (decision 0007); the thread page is a
                lazy VirtualList that has components only for the rows near the viewport (decision 0011).
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), load,
                ms(open, 50), ms(open, 95), ms(open, 99), ms(open, 100), open.length,
                ms(page, 50), ms(page, 95), ms(page, 99), ms(page, 100), page.length,
                posts, ms(openLater, 50), ms(openLater, 95), ms(openLater, 99), ms(openLater, 100), openLater.length,
                posts, ms(post, 50), ms(post, 95), ms(post, 99), ms(post, 100), post.length);
    }

    private static String ms(long[] sorted, int percentile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return "%.1f ms".formatted(sorted[Math.max(index, 0)] / 1_000_000.0);
    }
}
