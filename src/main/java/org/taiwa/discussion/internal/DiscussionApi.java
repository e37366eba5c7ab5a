package org.taiwa.discussion.internal;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.taiwa.security.RateLimit;
import org.taiwa.security.RateLimits;
import org.taiwa.discussion.NewSpace;
import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.PostReactions;
import org.taiwa.discussion.ReactionKind;
import org.taiwa.discussion.Reactions;
import org.taiwa.discussion.Space;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.SpaceKind;
import org.taiwa.discussion.Spaces;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadId;
import org.taiwa.discussion.ThreadModeration;
import org.taiwa.discussion.ThreadPage;
import org.taiwa.discussion.ThreadService;
import org.taiwa.discussion.TreePost;
import org.taiwa.security.policy.Visibility;

/** {@code /api/spaces} and {@code /api/threads}: errors come back as problem details (400/403/404/409). */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class DiscussionApi {

    private final Spaces spaces;
    private final ThreadService threads;
    private final ThreadModeration moderation;
    private final PostReactions reactions;
    private final RateLimits rateLimits;

    DiscussionApi(Spaces spaces, ThreadService threads, ThreadModeration moderation, PostReactions reactions,
                  RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.spaces = spaces;
        this.threads = threads;
        this.moderation = moderation;
        this.reactions = reactions;
    }

    @GetMapping("/spaces")
    List<SpaceJson> spaces() {
        return spaces.readable().stream().map(SpaceJson::of).toList();
    }

    /** The secretariat creates a space; municipalities by their Japanese names. */
    @PostMapping(path = "/spaces", consumes = "application/json")
    ResponseEntity<SpaceJson> create(@RequestBody NewSpaceJson request) {
        Space space = spaces.create(new NewSpace(request.kind(), request.nameJa(), request.nameEn(), request.purpose(),
                request.visibility(), set(request.memberUsernames()), set(request.memberMunicipalities()),
                set(request.moderatorUsernames())));
        return ResponseEntity.created(URI.create("/api/spaces/" + space.id().value())).body(SpaceJson.of(space));
    }

    /** The secretariat archives a space: it stays readable and takes no more posts. */
    @PostMapping("/spaces/{id}/archive")
    SpaceJson archive(@PathVariable String id) {
        return SpaceJson.of(spaces.archive(new SpaceId(id)));
    }

    @GetMapping("/spaces/{id}/threads")
    List<ThreadJson> threads(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size) {
        return threads.threads(new SpaceId(id), page, size).stream().map(ThreadJson::of).toList();
    }

    @PostMapping(path = "/spaces/{id}/threads", consumes = "application/json")
    ResponseEntity<ThreadJson> start(@PathVariable String id, @RequestBody NewThread request) {
        rateLimits.takeForCurrentMember(RateLimit.POSTING);
        Thread thread = threads.start(new SpaceId(id), request.title(), request.body());
        return ResponseEntity.created(URI.create("/api/threads/" + thread.id().value())).body(ThreadJson.of(thread));
    }

    @GetMapping("/threads/{id}")
    ThreadPageJson thread(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "50") int size) {
        ThreadPage read = threads.read(new ThreadId(id), page, size);
        return new ThreadPageJson(ThreadJson.of(read.thread()), read.page(), read.size(), read.totalPosts(),
                read.posts().stream().map(PostJson::of).toList());
    }

    @PostMapping(path = "/threads/{id}/posts", consumes = "application/json")
    ResponseEntity<PostJson> reply(@PathVariable String id, @RequestBody NewPost request) {
        PostId parent = request.parentId() == null || request.parentId().isBlank() ? null : new PostId(request.parentId());
        rateLimits.takeForCurrentMember(RateLimit.POSTING);
        Post post = threads.reply(new ThreadId(id), parent, request.body());
        return ResponseEntity.created(URI.create("/api/threads/" + id)).body(PostJson.of(new TreePost(post, -1)));
    }

    /** Moderators lock a thread; replies are then refused with 409. */
    @PostMapping("/threads/{id}/lock")
    ThreadJson lock(@PathVariable String id) {
        return ThreadJson.of(moderation.lock(new ThreadId(id), true));
    }

    @PostMapping("/threads/{id}/unlock")
    ThreadJson unlock(@PathVariable String id) {
        return ThreadJson.of(moderation.lock(new ThreadId(id), false));
    }

    /** The author replaces the text of a post; the earlier text stays in its history. */
    @PutMapping(path = "/posts/{id}", consumes = "application/json")
    PostJson edit(@PathVariable String id, @RequestBody EditedPost request) {
        return PostJson.of(new TreePost(threads.edit(new PostId(id), request.body()), -1));
    }

    /** The earlier texts of a post, oldest first. */
    @GetMapping("/posts/{id}/history")
    List<String> history(@PathVariable String id) {
        return threads.history(new PostId(id));
    }

    /** Soft delete by the author or a moderator; deleting the opening post deletes the thread. */
    @DeleteMapping("/posts/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        threads.delete(new PostId(id));
        return ResponseEntity.noContent().build();
    }

    /** The current member reacts (agree, empathy, question); doing it twice changes nothing. */
    @PutMapping("/posts/{id}/reactions/{kind}")
    Map<String, List<String>> react(@PathVariable String id, @PathVariable String kind) {
        return reactionsJson(reactions.react(new PostId(id), ReactionKind.parse(kind)));
    }

    /** The current member takes a reaction back. */
    @DeleteMapping("/posts/{id}/reactions/{kind}")
    Map<String, List<String>> withdraw(@PathVariable String id, @PathVariable String kind) {
        return reactionsJson(reactions.withdraw(new PostId(id), ReactionKind.parse(kind)));
    }

    /** Each kind (agree, empathy, question) with the usernames that reacted so. */
    private static Map<String, List<String>> reactionsJson(Reactions reactions) {
        var json = new LinkedHashMap<String, List<String>>();
        for (ReactionKind kind : ReactionKind.values()) {
            json.put(kind.pathName(), List.copyOf(reactions.who(kind)));
        }
        return json;
    }

    record NewThread(String title, String body) {
    }

    record NewSpaceJson(SpaceKind kind, String nameJa, String nameEn, String purpose, Visibility visibility,
                        List<String> memberUsernames, List<String> memberMunicipalities,
                        List<String> moderatorUsernames) {
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    record NewPost(String body, String parentId) {
    }

    record EditedPost(String body) {
    }

    record SpaceJson(String id, String kind, String nameJa, String nameEn, String purpose, String visibility,
                     List<String> memberMunicipalities, List<String> memberUsernames, boolean archived) {

        static SpaceJson of(Space s) {
            return new SpaceJson(s.id().value(), s.kind().name(), s.nameJa(), s.nameEn(), s.purpose(),
                    s.visibility().name(), s.memberMunicipalities().stream().sorted().toList(),
                    s.memberUsernames().stream().sorted().toList(), s.archived());
        }
    }

    record ThreadJson(String id, String spaceId, String title, String author, Instant createdAt, boolean locked,
                      boolean pinned, int replyCount, Instant lastActivityAt) {

        static ThreadJson of(Thread t) {
            return new ThreadJson(t.id().value(), t.space().value(), t.title(), t.author(), t.createdAt(), t.locked(),
                    t.pinned(), t.replyCount(), t.lastActivityAt());
        }
    }

    /**
     * @param depth        indentation in the tree; -1 where the post is shown on its own
     * @param hiddenReason why a moderator hid it (then {@code bodyHtml} is empty unless the reader is its author
     *                     or a moderator); empty when not hidden
     */
    record PostJson(String id, String parentId, String author, String municipality, String bodyHtml, Instant createdAt,
                    Instant editedAt, boolean deleted, int depth, boolean hidden, String hiddenReason) {

        static PostJson of(TreePost tp) {
            Post p = tp.post();
            return new PostJson(p.id().value(), p.parentId() == null ? null : p.parentId().value(), p.author(),
                    p.municipality(), p.bodyHtml(), p.createdAt(), p.editedAt(), p.deleted(), tp.depth(), p.hidden(),
                    p.hiddenReason());
        }
    }

    record ThreadPageJson(ThreadJson thread, int page, int size, int totalPosts, List<PostJson> posts) {
    }
}
