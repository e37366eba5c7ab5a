package org.taiwa.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taiwa.notification.NotificationKind.MENTION;
import static org.taiwa.notification.NotificationKind.MUNICIPALITY_MENTION;
import static org.taiwa.notification.NotificationKind.NEW_POST;
import static org.taiwa.notification.NotificationKind.NEW_THREAD;
import static org.taiwa.notification.NotificationKind.REPLY;
import static org.taiwa.notification.NotificationLevel.EVERYTHING;
import static org.taiwa.notification.NotificationLevel.MENTIONS;
import static org.taiwa.notification.NotificationLevel.MUTE;
import static org.taiwa.notification.NotificationLevel.THREADS_AND_PROPOSALS;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taiwa.notification.NotificationKind;
import org.taiwa.notification.NotificationLevel;
import org.taiwa.notification.internal.NotificationRules.Reader;

class NotificationRulesTest {

    static final String AUTHOR = "staff.minato";

    /** canRead, member, chosen level, named, municipality named, answered, opens thread → kind (null: nothing). */
    static Stream<Arguments> posts() {
        return Stream.of(
                // new threads: members follow by default, others only when they chose to
                Arguments.of(true, true, null, false, false, false, true, NEW_THREAD),
                Arguments.of(true, false, null, false, false, false, true, null),
                Arguments.of(true, false, THREADS_AND_PROPOSALS, false, false, false, true, NEW_THREAD),
                Arguments.of(true, false, EVERYTHING, false, false, false, true, NEW_THREAD),
                Arguments.of(true, true, MENTIONS, false, false, false, true, null),
                Arguments.of(true, true, MUTE, false, false, false, true, null),
                // replies in the thread: every post only at EVERYTHING
                Arguments.of(true, true, null, false, false, false, false, null),
                Arguments.of(true, true, EVERYTHING, false, false, false, false, NEW_POST),
                Arguments.of(true, false, EVERYTHING, false, false, false, false, NEW_POST),
                // answered and named: at every level but MUTE, also outside one's own spaces
                Arguments.of(true, false, null, false, false, true, false, REPLY),
                Arguments.of(true, true, MENTIONS, false, false, true, false, REPLY),
                Arguments.of(true, true, EVERYTHING, false, false, true, false, REPLY),
                Arguments.of(true, false, MENTIONS, true, false, false, false, MENTION),
                Arguments.of(true, false, null, false, true, false, false, MUNICIPALITY_MENTION),
                Arguments.of(true, true, MUTE, true, false, true, false, null),
                Arguments.of(true, true, MUTE, false, true, false, false, null),
                // one notice per post: a personal mention before the municipality's, both before a reply
                Arguments.of(true, true, null, true, true, true, false, MENTION),
                Arguments.of(true, true, null, false, true, true, false, MUNICIPALITY_MENTION),
                Arguments.of(true, true, EVERYTHING, true, false, false, true, MENTION),
                // nobody hears of a space they cannot read, whatever they were told
                Arguments.of(false, false, EVERYTHING, true, true, true, true, null),
                Arguments.of(false, true, null, false, false, true, false, null));
    }

    @ParameterizedTest
    @MethodSource("posts")
    void a_post_tells_each_reader_at_most_one_thing(boolean canRead, boolean member, NotificationLevel chosen,
                                                     boolean named, boolean municipalityNamed, boolean answered,
                                                     boolean opensThread, NotificationKind expected) {
        var reader = new Reader("staff.shinjuku", canRead, member, chosen, named, municipalityNamed, answered);
        assertThat(NotificationRules.forPost(reader, AUTHOR, opensThread)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @MethodSource("posts")
    void nobody_hears_of_their_own_post(boolean canRead, boolean member, NotificationLevel chosen, boolean named,
                                        boolean municipalityNamed, boolean answered, boolean opensThread) {
        var self = new Reader(AUTHOR, canRead, member, chosen, named, municipalityNamed, answered);
        assertThat(NotificationRules.forPost(self, AUTHOR, opensThread)).isEmpty();
    }

    /** canRead, member, chosen level → told of proposals, closing proposals and meetings. */
    static Stream<Arguments> spaceNews() {
        return Stream.of(
                Arguments.of(true, true, null, true),
                Arguments.of(true, false, null, false),
                Arguments.of(true, false, THREADS_AND_PROPOSALS, true),
                Arguments.of(true, false, EVERYTHING, true),
                Arguments.of(true, true, MENTIONS, false),
                Arguments.of(true, true, MUTE, false),
                Arguments.of(false, true, EVERYTHING, false));
    }

    @ParameterizedTest
    @MethodSource("spaceNews")
    void space_news_reaches_followers_who_can_read_the_space(boolean canRead, boolean member,
                                                             NotificationLevel chosen, boolean expected) {
        assertThat(NotificationRules.forSpaceNews(Reader.of("staff.shinjuku", canRead, member, chosen), AUTHOR))
                .isEqualTo(expected);
        assertThat(NotificationRules.forSpaceNews(Reader.of(AUTHOR, canRead, member, chosen), AUTHOR)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("spaceNews")
    void the_default_level_is_threads_and_proposals_in_ones_own_spaces_and_mentions_elsewhere(
            boolean canRead, boolean member, NotificationLevel chosen) {
        var reader = Reader.of("staff.shinjuku", canRead, member, chosen);
        assertThat(reader.level()).isEqualTo(chosen != null ? chosen : member ? THREADS_AND_PROPOSALS : MENTIONS);
    }
}
