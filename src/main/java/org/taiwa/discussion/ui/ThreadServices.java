package org.taiwa.discussion.ui;

import org.springframework.stereotype.Component;
import org.taiwa.discussion.Drafts;
import org.taiwa.discussion.Mentions;
import org.taiwa.discussion.PostAttachments;
import org.taiwa.discussion.PostReactions;
import org.taiwa.discussion.ReadState;
import org.taiwa.discussion.ThreadService;
import org.taiwa.discussion.ThreadTree;
import org.taiwa.security.CurrentMember;
import org.taiwa.security.RateLimits;
import org.taiwa.security.SignedInMember;

/** What the thread pages use, in one bean, so that the views and their parts take one argument instead of seven. */
@Component
record ThreadServices(ThreadService threads, ThreadTree tree, PostReactions reactions, Drafts drafts,
                      Mentions mentions, ReadState readState, LiveDiscussion live, CurrentMember currentMember,
                      PostAttachments attachments, RateLimits rateLimits) {

    /** The signed-in member's username; empty for a visitor. */
    String me() {
        return currentMember.get().map(SignedInMember::username).orElse("");
    }
}
