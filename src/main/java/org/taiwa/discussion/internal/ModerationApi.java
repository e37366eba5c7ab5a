package org.taiwa.discussion.internal;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.taiwa.discussion.InvalidModerationException;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.PostModeration;
import org.taiwa.discussion.SpaceId;
import org.taiwa.discussion.Thread;
import org.taiwa.discussion.ThreadId;
import org.taiwa.discussion.ThreadModeration;
import org.taiwa.discussion.ThreadSplitter;
import org.taiwa.discussion.TreePost;
import org.taiwa.discussion.internal.DiscussionApi.PostJson;
import org.taiwa.discussion.internal.DiscussionApi.ThreadJson;

/**
 * What moderators do over the API: hide and unhide posts, pin, move and split threads (lock and unlock
 * are in {@link DiscussionApi}). Errors come back as problem details (400/403/404/409).
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class ModerationApi {

    private final ThreadModeration threads;
    private final PostModeration posts;
    private final ThreadSplitter splitter;

    ModerationApi(ThreadModeration threads, PostModeration posts, ThreadSplitter splitter) {
        this.threads = threads;
        this.posts = posts;
        this.splitter = splitter;
    }

    /** Readers then see the reason instead of the text; the post as the moderator sees it comes back. */
    @PostMapping(path = "/posts/{id}/hide", consumes = "application/json")
    PostJson hide(@PathVariable String id, @RequestBody Reason request) {
        return PostJson.of(new TreePost(posts.hide(new PostId(id), request.reason()), -1));
    }

    @PostMapping("/posts/{id}/unhide")
    PostJson unhide(@PathVariable String id) {
        return PostJson.of(new TreePost(posts.unhide(new PostId(id)), -1));
    }

    /** The post and its replies become a new thread in the same space (201); repeating it is harmless. */
    @PostMapping(path = "/posts/{id}/split", consumes = "application/json")
    ResponseEntity<ThreadJson> split(@PathVariable String id, @RequestBody Title request) {
        Thread thread = splitter.split(new PostId(id), request.title());
        return ResponseEntity.created(URI.create("/api/threads/" + thread.id().value())).body(ThreadJson.of(thread));
    }

    @PostMapping(path = "/threads/{id}/move", consumes = "application/json")
    ThreadJson move(@PathVariable String id, @RequestBody Target request) {
        if (request.spaceId() == null || request.spaceId().isBlank()) {
            throw new InvalidModerationException("discussion.move.no-target", "Name the space to move the thread to.");
        }
        return ThreadJson.of(threads.move(new ThreadId(id), new SpaceId(request.spaceId())));
    }

    @PostMapping("/threads/{id}/pin")
    ThreadJson pin(@PathVariable String id) {
        return ThreadJson.of(threads.pin(new ThreadId(id), true));
    }

    @PostMapping("/threads/{id}/unpin")
    ThreadJson unpin(@PathVariable String id) {
        return ThreadJson.of(threads.pin(new ThreadId(id), false));
    }

    record Reason(String reason) {
    }

    record Title(String title) {
    }

    record Target(String spaceId) {
    }
}
