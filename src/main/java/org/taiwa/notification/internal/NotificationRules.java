package org.taiwa.notification.internal;

import java.util.Optional;

import org.taiwa.notification.NotificationKind;
import org.taiwa.notification.NotificationLevel;

/**
 * Who hears of what, without Spring: the rules of issue 4 in one place, unit-tested with a table.
 * <ul>
 *   <li>Nobody hears of their own action, and nobody of a space they may not read.</li>
 *   <li>{@link NotificationLevel#MUTE} silences everything, mentions and replies too.</li>
 *   <li>Being named and being answered come at every other level; a personal mention counts before a
 *       municipality's, both before a reply, so that one post makes one notice per person.</li>
 *   <li>New threads, proposals, closing proposals and meetings come at {@code THREADS_AND_PROPOSALS}
 *       and above; every post only at {@code EVERYTHING}.</li>
 * </ul>
 */
final class NotificationRules {

    private NotificationRules() {
    }

    /**
     * One possible recipient, as far as the rules care.
     *
     * @param member      a member of the space (by name or municipality), which sets the default level
     * @param chosen      the level the reader chose for the space; null for the default
     * @param named       named with {@code @username} in the post
     * @param municipalityNamed their municipality was named in the post
     * @param answered    the author of the post that was answered
     */
    record Reader(String username, boolean canRead, boolean member, NotificationLevel chosen, boolean named,
                  boolean municipalityNamed, boolean answered) {

        /** A reader of space news (proposals, meetings), where nobody is named or answered. */
        static Reader of(String username, boolean canRead, boolean member, NotificationLevel chosen) {
            return new Reader(username, canRead, member, chosen, false, false, false);
        }

        NotificationLevel level() {
            return chosen != null ? chosen : NotificationLevel.defaultFor(member);
        }
    }

    /** What a published post means to the reader, if anything. */
    static Optional<NotificationKind> forPost(Reader reader, String author, boolean opensThread) {
        if (!hears(reader, author)) {
            return Optional.empty();
        }
        if (reader.named()) {
            return Optional.of(NotificationKind.MENTION);
        }
        if (reader.municipalityNamed()) {
            return Optional.of(NotificationKind.MUNICIPALITY_MENTION);
        }
        if (reader.answered()) {
            return Optional.of(NotificationKind.REPLY);
        }
        if (opensThread && reader.level().followsSpace()) {
            return Optional.of(NotificationKind.NEW_THREAD);
        }
        if (reader.level() == NotificationLevel.EVERYTHING) {
            return Optional.of(NotificationKind.NEW_POST);
        }
        return Optional.empty();
    }

    /** Whether the reader hears of a proposal, a closing proposal or a meeting change in the space. */
    static boolean forSpaceNews(Reader reader, String actor) {
        return hears(reader, actor) && reader.level().followsSpace();
    }

    private static boolean hears(Reader reader, String actor) {
        return reader.canRead() && !reader.username().equals(actor) && reader.level() != NotificationLevel.MUTE;
    }
}
