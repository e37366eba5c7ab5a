package org.taiwa.discussion.ui;

import java.util.Optional;

import org.taiwa.discussion.Post;
import org.taiwa.discussion.PostId;
import org.taiwa.discussion.ReactionKind;
import org.taiwa.discussion.ThreadRow;

import com.vaadin.flow.component.Component;

/**
 * What a {@link PostCard} needs from the page it sits in. A card is rebuilt whenever the lazy list
 * renders its row again, so whatever must outlive that (an edit in progress, what is new) lives here.
 */
interface PostActions {

    /** The signed-in member's username. */
    String me();

    /** The member may reply and react in this thread. */
    boolean writable();

    /** Written by someone else since the member last read the thread, or arrived live. */
    boolean isNew(Post post);

    /** The text of an edit in progress, if the member is editing the post. */
    Optional<String> editing(PostId post);

    /** The moderators' controls for the post; empty unless the member moderates the space. */
    Optional<Component> moderation(Post post);

    /**
     * The documents attached to the post, with the author's controls to attach and remove; empty for someone
     * else's post without documents.
     */
    Optional<Component> attachments(Post post);

    void reply(Post post);

    void quote(Post post);

    void toggle(ThreadRow row);

    void react(Post post, ReactionKind kind, boolean add);

    void startEdit(Post post);

    /** Keeps the text while it is typed, so that a re-render keeps it too. */
    void typeEdit(Post post, String text);

    void saveEdit(Post post, String text);

    void cancelEdit(Post post);

    /** Asks for confirmation, then deletes. */
    void delete(Post post);

    void showHistory(Post post);
}
