package org.taiwa.accessibility;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadService;
import org.taiwa.library.LibraryFilter;
import org.taiwa.library.LibrarySort;
import org.taiwa.library.PolicyDocument;
import org.taiwa.library.PolicyLibrary;
import org.taiwa.purchase.AllocationRule;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CampaignStatus;
import org.taiwa.purchase.Campaigns;
import org.taiwa.purchase.NewCampaign;

/**
 * The portal's main pages by name, as paths for a browser: home, a space, a thread, search results, the library, a
 * document, the calculator (in the portal and embedded), a campaign and its sign-up form. The thread and the
 * campaign are made here (a thread with a reply in 自治体委員会, an open campaign of the demo credit project), so
 * that the pages have content and no other test's data.
 */
final class MainPages {

    /** The member the accessibility tests sign in as: on 自治体委員会, no sign-up in this class's campaign. */
    static final String MEMBER = "staff.minato";
    static final String SPACE = "municipal-committee";

    private final Map<String, String> paths = new LinkedHashMap<>();
    /** What each page is for, to be found on a small screen: a CSS selector. */
    private static final Map<String, String> MAIN_ACTIONS = Map.of("home", "#filter-text", "space", "#new-thread",
            "thread", "#posts .taiwa-reply", "search", "#search-words", "library", "#library-text",
            "document", "#document-download", "calculator", "#offset-event-name",
            "embedded-calculator", "#offset-event-name", "campaign", "#sign-up-state", "sign-up", "#sign-up-submit");
    private final String threadTitle;

    private MainPages(String threadId, String threadTitle, String documentId, String campaignId) {
        this.threadTitle = threadTitle;
        paths.put("home", "/");
        paths.put("space", "/spaces/" + SPACE);
        paths.put("thread", "/threads/" + threadId);
        paths.put("search", "/search?q=" + java.net.URLEncoder.encode("共同購入", java.nio.charset.StandardCharsets.UTF_8));
        paths.put("library", "/library");
        paths.put("document", "/library/" + documentId);
        paths.put("calculator", "/offset");
        paths.put("embedded-calculator", "/embed/calculator");
        paths.put("campaign", "/campaigns/" + campaignId);
        paths.put("sign-up", "/campaigns/" + campaignId + "/sign-up");
    }

    /** Makes the thread and the campaign, as the member and as the secretariat. */
    static MainPages create(ApplicationContext context) {
        String title = "アクセシビリティ確認 " + UUID.randomUUID().toString().substring(0, 8);
        Thread thread = as(context, MEMBER, () -> {
            ThreadService threads = context.getBean(ThreadService.class);
            Thread started = threads.start(new SpaceId(SPACE), title, "**キーボード**だけで読めますか?");
            threads.reply(started.id(), threads.read(started.id(), 0, 1).posts().getFirst().post().id(), "読めます。");
            return started;
        });
        PolicyDocument document = as(context, MEMBER, () -> context.getBean(PolicyLibrary.class)
                .find(LibraryFilter.ALL, LibrarySort.NEWEST, 0, 1).getFirst());
        Campaign campaign = as(context, "secretariat", () -> {
            Campaigns campaigns = context.getBean(Campaigns.class);
            Instant now = Instant.now();
            Campaign draft = campaigns.create(new NewCampaign("アクセシビリティ確認 " + UUID.randomUUID(),
                    "kamaishi-forest-jcredit", 500, 8_000, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(3)),
                    1, 60, AllocationRule.FIRST_COME, "seed-" + UUID.randomUUID()));
            return campaigns.transition(draft.id(), CampaignStatus.OPEN);
        });
        return new MainPages(thread.id().value(), title, document.id().value(), campaign.id());
    }

    Map<String, String> paths() {
        return paths;
    }

    String path(String page) {
        return paths.get(page);
    }

    String mainAction(String page) {
        return MAIN_ACTIONS.get(page);
    }

    /** Pages inside the portal's frame (navigation drawer, header); the embedded calculator has none. */
    static boolean framed(String page) {
        return !page.equals("embedded-calculator");
    }

    String threadTitle() {
        return threadTitle;
    }

    /** Does the action as the demo account, signed out again after. */
    static <T> T as(ApplicationContext context, String username, Supplier<T> action) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
