package org.taiwa.discussion.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.taiwa.discussion.DocumentLink;
import org.taiwa.discussion.InvalidMeetingException;
import org.taiwa.discussion.InvalidMeetingException.Field;
import org.taiwa.discussion.LinkedThread;
import org.taiwa.discussion.MeetingDraft;
import org.taiwa.discussion.MeetingMode;
import org.taiwa.discussion.ThreadId;

class MeetingValidationTest {

    private static final Instant START = Instant.parse("2011-06-21T05:00:00Z");
    private static final List<String> DIRECTORY = List.of("minato", "shinjuku", "hachioji", "niijima");
    private static final Map<String, String> THREADS = Map.of("t-1", "提言1", "t-2", "提言2");
    private static final MeetingDraft VALID = new MeetingDraft("  第1回 自治体委員会  ", START,
            START.plusSeconds(7_200), MeetingMode.IN_PERSON, " 特別区協議会 会議室 ", "",
            List.of("staff.shinjuku", " Staff.Minato ", "staff.shinjuku"), List.of("niijima", "minato", "minato"),
            "1. 進め方", "", List.of(new ThreadId("t-2"), new ThreadId("t-1"), new ThreadId("t-2")),
            List.of(new DocumentLink(" 提言 ", " https://all62.jp/jigyo/carbonoffset.html ")));

    @Test
    void a_valid_draft_comes_back_trimmed_sorted_and_without_repeats() {
        MeetingValidation.Checked checked = MeetingValidation.check(VALID, DIRECTORY, THREADS);

        MeetingDraft clean = checked.draft();
        assertThat(clean.title()).isEqualTo("第1回 自治体委員会");
        assertThat(clean.place()).isEqualTo("特別区協議会 会議室");
        assertThat(clean.memberUsernames()).containsExactly("staff.minato", "staff.shinjuku");
        assertThat(clean.municipalityCodes()).as("the directory's order").containsExactly("minato", "niijima");
        assertThat(checked.threads()).containsExactly(new LinkedThread(new ThreadId("t-2"), "提言2"),
                new LinkedThread(new ThreadId("t-1"), "提言1"));
        assertThat(clean.documents()).containsExactly(
                new DocumentLink("提言", "https://all62.jp/jigyo/carbonoffset.html"));
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                broken("empty title", d -> with(d, "   ", d.startsAt(), d.endsAt(), d.mode(), d.place(), d.onlineUrl()),
                        Field.TITLE, "discussion.meeting.title.empty"),
                broken("long title", d -> with(d, "会".repeat(201), d.startsAt(), d.endsAt(), d.mode(), d.place(),
                        d.onlineUrl()), Field.TITLE, "discussion.meeting.title.too-long"),
                broken("no start", d -> with(d, d.title(), null, d.endsAt(), d.mode(), d.place(), d.onlineUrl()),
                        Field.TIME, "discussion.meeting.time.missing"),
                broken("end before start", d -> with(d, d.title(), d.startsAt(), d.startsAt().minusSeconds(60),
                        d.mode(), d.place(), d.onlineUrl()), Field.TIME, "discussion.meeting.time.order"),
                broken("end at start", d -> with(d, d.title(), d.startsAt(), d.startsAt(), d.mode(), d.place(),
                        d.onlineUrl()), Field.TIME, "discussion.meeting.time.order"),
                broken("no mode", d -> with(d, d.title(), d.startsAt(), d.endsAt(), null, d.place(), d.onlineUrl()),
                        Field.MODE, "discussion.meeting.mode.missing"),
                broken("in person without place", d -> with(d, d.title(), d.startsAt(), d.endsAt(),
                        MeetingMode.IN_PERSON, " ", ""), Field.PLACE, "discussion.meeting.place.required"),
                broken("online without link", d -> with(d, d.title(), d.startsAt(), d.endsAt(), MeetingMode.ONLINE,
                        "", ""), Field.ONLINE_URL, "discussion.meeting.url.required"),
                broken("hybrid without link", d -> with(d, d.title(), d.startsAt(), d.endsAt(), MeetingMode.HYBRID,
                        "会議室", ""), Field.ONLINE_URL, "discussion.meeting.url.required"),
                broken("javascript link", d -> with(d, d.title(), d.startsAt(), d.endsAt(), MeetingMode.ONLINE, "",
                        "javascript:alert(1)"), Field.ONLINE_URL, "discussion.meeting.url.invalid"),
                broken("long agenda", d -> new MeetingDraft(d.title(), d.startsAt(), d.endsAt(), d.mode(), d.place(),
                        d.onlineUrl(), List.of(), List.of(), "x".repeat(20_001), "", List.of(), List.of()),
                        Field.AGENDA, "discussion.meeting.agenda.too-long"),
                broken("long minutes", d -> new MeetingDraft(d.title(), d.startsAt(), d.endsAt(), d.mode(), d.place(),
                        d.onlineUrl(), List.of(), List.of(), "", "x".repeat(100_001), List.of(), List.of()),
                        Field.MINUTES, "discussion.meeting.minutes.too-long"),
                broken("bad username", d -> new MeetingDraft(d.title(), d.startsAt(), d.endsAt(), d.mode(), d.place(),
                        d.onlineUrl(), List.of("港区 職員"), List.of(), "", "", List.of(), List.of()),
                        Field.MEMBERS, "discussion.meeting.username.invalid"),
                broken("unknown municipality", d -> new MeetingDraft(d.title(), d.startsAt(), d.endsAt(), d.mode(),
                        d.place(), d.onlineUrl(), List.of(), List.of("atlantis"), "", "", List.of(), List.of()),
                        Field.MUNICIPALITIES, "discussion.meeting.municipality.unknown"),
                broken("thread of another space", d -> new MeetingDraft(d.title(), d.startsAt(), d.endsAt(), d.mode(),
                        d.place(), d.onlineUrl(), List.of(), List.of(), "", "", List.of(new ThreadId("elsewhere")),
                        List.of()), Field.THREADS, "discussion.meeting.thread.foreign"),
                broken("document without web address", d -> new MeetingDraft(d.title(), d.startsAt(), d.endsAt(),
                        d.mode(), d.place(), d.onlineUrl(), List.of(), List.of(), "", "", List.of(),
                        List.of(new DocumentLink("報告書", "file:///etc/passwd"))), Field.DOCUMENTS,
                        "discussion.meeting.document.url"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void a_draft_breaking_a_rule_is_refused_naming_the_field(String name, MeetingDraft draft, Field field,
                                                             String code) {
        assertThatThrownBy(() -> MeetingValidation.check(draft, DIRECTORY, THREADS))
                .isInstanceOfSatisfying(InvalidMeetingException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getCodes()).containsExactly(code);
                });
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://meet.example.org/room, true",
            "HTTP://example.org, true",
            "http://all62.jp/jigyo/carbonoffset.html, true",
            "ftp://example.org/file, false",
            "javascript:alert(1), false",
            "//example.org/no-scheme, false",
            "https://, false",
            "https://exa mple.org, false",
            "mailto:someone@example.org, false",
    })
    void only_absolute_http_and_https_addresses_are_links(String url, boolean ok) {
        assertThat(MeetingValidation.isWebAddress(url)).isEqualTo(ok);
    }

    @Test
    void an_online_meeting_needs_no_place_and_keeps_its_link() {
        MeetingDraft online = with(VALID, "オンライン意見交換", START, START.plusSeconds(3_600), MeetingMode.ONLINE, "",
                "https://meet.example.org/taiwa");
        assertThat(MeetingValidation.check(online, DIRECTORY, THREADS).draft().onlineUrl())
                .isEqualTo("https://meet.example.org/taiwa");
    }

    @Test
    void too_many_members_are_refused() {
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 201).mapToObj(i -> "staff.member" + i).toList();
        assertThatThrownBy(() -> MeetingValidation.usernames(many)).isInstanceOf(InvalidMeetingException.class)
                .hasMessageContaining("200");
    }

    private static Arguments broken(String name, UnaryOperator<MeetingDraft> change, Field field, String code) {
        return Arguments.of(name, change.apply(VALID), field, code);
    }

    private static MeetingDraft with(MeetingDraft d, String title, Instant startsAt, Instant endsAt, MeetingMode mode,
                                     String place, String url) {
        return new MeetingDraft(title, startsAt, endsAt, mode, place, url, d.memberUsernames(), d.municipalityCodes(),
                d.agenda(), d.minutes(), d.threads(), d.documents());
    }
}
