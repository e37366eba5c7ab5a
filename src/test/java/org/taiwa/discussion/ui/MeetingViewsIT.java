package org.taiwa.discussion.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.taiwa.KaribuViews;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.discussion.Meeting;
import org.taiwa.discussion.MeetingDraft;
import org.taiwa.discussion.MeetingId;
import org.taiwa.discussion.MeetingMode;
import org.taiwa.discussion.MeetingStatus;
import org.taiwa.discussion.Meetings;
import org.taiwa.discussion.SpaceId;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResourceRegistry.ElementStreamResource;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;

@TaiwaIntegrationTest
class MeetingViewsIT {

    @Autowired
    Meetings meetings;

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Test
    void the_space_links_to_its_meetings_and_upcoming_ones_come_before_the_committees_meetings_of_2011() {
        views.signIn("staff.minato");
        Meeting upcoming = meetings.schedule(new SpaceId("municipal-committee"), draft("来週の自治体委員会",
                Instant.now().plus(7, ChronoUnit.DAYS)));
        UI.getCurrent().navigate("spaces/municipal-committee");
        RouterLink link = _get(RouterLink.class, spec -> spec.withId("space-meetings"));
        assertThat(link.getText()).isEqualTo("会議記録");
        assertThat(link.getHref()).isEqualTo("spaces/municipal-committee/meetings");

        UI.getCurrent().navigate(link.getHref());
        assertThat(_get(H1.class, spec -> spec.withId("meetings-heading")).getText()).isEqualTo("自治体委員会の会議記録");
        List<String> ids = GridKt._fetch(grid(), 0, 200).stream().map(m -> m.id().value()).toList();
        assertThat(ids).containsSubsequence(upcoming.id().value(), "municipal-committee-2011-2",
                "municipal-committee-2011-1");
        assertThat(GridKt._getFormattedRow(grid(), ids.indexOf("municipal-committee-2011-1")))
                .contains("2011-06-21 14:00–16:00", "対面", "特別区協議会 会議室", "開催済み");
    }

    @Test
    void the_form_shows_the_services_messages_on_the_fields_and_a_valid_meeting_opens_its_page() {
        views.signIn("staff.hachioji");
        UI.getCurrent().navigate("spaces/forum/meetings");
        _click(_get(Button.class, spec -> spec.withId("schedule-meeting")));
        TextField title = _get(TextField.class, spec -> spec.withId("meeting-title-field"));
        int before = GridKt._fetch(grid(), 0, 200).size();

        _click(_get(Button.class, spec -> spec.withId("meeting-save")));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("会議の件名を入力してください。");

        String name = "オンライン意見交換 " + UUID.randomUUID();
        title.setValue(name);
        DateTimePicker starts = _get(DateTimePicker.class, spec -> spec.withId("meeting-starts"));
        DateTimePicker ends = _get(DateTimePicker.class, spec -> spec.withId("meeting-ends"));
        ends.setValue(starts.getValue().minusHours(1));
        _click(_get(Button.class, spec -> spec.withId("meeting-save")));
        assertThat(title.isInvalid()).isFalse();
        assertThat(ends.isInvalid()).isTrue();
        assertThat(ends.getErrorMessage()).isEqualTo("終了は開始より後の日時にしてください。");

        ends.setValue(starts.getValue().plusHours(2));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<MeetingMode> mode = _get(RadioButtonGroup.class, spec -> spec.withId("meeting-mode"));
        mode.setValue(MeetingMode.ONLINE);
        TextField url = _get(TextField.class, spec -> spec.withId("meeting-url"));
        url.setValue("javascript:alert(1)");
        _click(_get(Button.class, spec -> spec.withId("meeting-save")));
        assertThat(url.getErrorMessage()).isEqualTo("URLは http:// または https:// で始まるアドレスにしてください。");
        assertThat(GridKt._fetch(grid(), 0, 200)).hasSize(before);

        url.setValue("https://meet.example.org/forum");
        _get(TextArea.class, spec -> spec.withId("meeting-agenda")).setValue("1. **会場の電力**の算定");
        _get(TextArea.class, spec -> spec.withId("meeting-documents"))
                .setValue("ガイドブック | http://all62.jp/jigyo/carbonoffset.html");
        _click(_get(Button.class, spec -> spec.withId("meeting-save")));

        assertThat(_get(H1.class, spec -> spec.withId("meeting-title")).getText()).isEqualTo(name);
        LocalDateTime start = starts.getValue();
        assertThat(_get(Span.class, spec -> spec.withId("meeting-time")).getText()).isEqualTo(
                start.format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")) + "–"
                        + start.plusHours(2).format(DateTimeFormatter.ofPattern("HH:mm")) + " (日本時間)");
        assertThat(_get(Anchor.class, spec -> spec.withId("meeting-link")).getHref())
                .isEqualTo("https://meet.example.org/forum");
        assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("meeting-agenda"))
                .getElement().getOuterHTML()).contains("<strong>会場の電力</strong>");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("meeting-documents")).getElement().getOuterHTML())
                .contains("http://all62.jp/jigyo/carbonoffset.html").contains("noopener");
    }

    @Test
    void an_edit_made_meanwhile_by_someone_else_is_shown_and_the_form_keeps_the_members_text() {
        views.signIn("staff.minato");
        Meeting meeting = meetings.schedule(new SpaceId("municipal-committee"), draft("議事録の同時編集",
                Instant.now().minus(1, ChronoUnit.DAYS)));
        UI.getCurrent().navigate("meetings/" + meeting.id().value());
        _click(_get(Button.class, spec -> spec.withId("edit-meeting")));
        TextArea minutes = _get(TextArea.class, spec -> spec.withId("meeting-minutes"));
        minutes.setValue("港区のまとめ");

        meetings.update(meeting.id(), meeting.version(), new MeetingDraft(meeting.title(), meeting.startsAt(),
                meeting.endsAt(), meeting.mode(), meeting.place(), meeting.onlineUrl(), List.of(), List.of(), "",
                "新宿区のまとめ", List.of(), List.of()));
        _click(_get(Button.class, spec -> spec.withId("meeting-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("meeting-form-problem")).getText())
                .isEqualTo("この会議は他のメンバーが先に更新しました。再読み込みしてから変更をやり直してください。");
        assertThat(minutes.getValue()).isEqualTo("港区のまとめ");
        assertThat(meetings.get(meeting.id()).minutes()).isEqualTo("新宿区のまとめ");
    }

    @Test
    void the_plenary_page_shows_minutes_linked_proposal_threads_and_downloads_the_attendance_csv() throws Exception {
        views.signIn("staff.minato");
        UI.getCurrent().navigate("meetings/joint-plenary-2012-1");

        assertThat(_get(H1.class, spec -> spec.withId("meeting-title")).getText()).contains("総合委員会");
        assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId("meeting-minutes"))
                .getElement().getOuterHTML()).contains("提言1〜3の案");
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("meeting-threads")), RouterLink.class))
                .extracting(RouterLink::getHref).containsExactly("threads/joint-plenary-teigen-1",
                        "threads/joint-plenary-teigen-2", "threads/joint-plenary-teigen-3");
        assertThat(GridKt._size(attendanceGrid())).isEqualTo(21);
        assertThat(_find(Button.class, spec -> spec.withId("cancel-meeting"))).isEmpty();

        Anchor csv = _get(Anchor.class, spec -> spec.withId("attendance-csv"));
        assertThat(csv.getText()).isEqualTo("出欠表をダウンロード (CSV)");
        byte[] body = download(csv);
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("メンバー,academic.yamada")
                .contains("自治体,okutama,奥多摩町,奥多摩町,○,欠席").contains("自治体,minato,港区,港区,○,出席");
    }

    @Test
    void a_moderator_cancels_from_the_page_and_the_record_stays() {
        views.signIn("staff.minato");
        Meeting meeting = meetings.schedule(new SpaceId("municipal-committee"), draft("中止される会議",
                Instant.now().plus(3, ChronoUnit.DAYS)));
        views.stop();
        views.start();
        views.signIn("moderator.musashino");
        UI.getCurrent().navigate("meetings/" + meeting.id().value());
        _click(_get(Button.class, spec -> spec.withId("cancel-meeting")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("cancel-confirm")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("meeting-status")).getText())
                .isEqualTo("この会議は中止されました。記録は残されています。");
        assertThat(_find(Button.class, spec -> spec.withId("edit-meeting"))).isEmpty();
        assertThat(meetings.get(new MeetingId(meeting.id().value())).status()).isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void a_member_of_another_municipality_gets_the_access_denied_page_for_the_committees_meetings() {
        views.signIn("staff.mitaka");
        UI.getCurrent().navigate("spaces/municipal-committee/meetings");
        assertThat(_find(H1.class, spec -> spec.withId("meetings-heading"))).isEmpty();
        UI.getCurrent().navigate("meetings/municipal-committee-2011-1");
        assertThat(_find(H1.class, spec -> spec.withId("meeting-title"))).isEmpty();
        assertThat(_get(Paragraph.class).getText()).contains("権限がありません");
    }

    private static MeetingDraft draft(String title, Instant startsAt) {
        Instant start = startsAt.truncatedTo(ChronoUnit.MINUTES);
        return new MeetingDraft(title, start, start.plus(2, ChronoUnit.HOURS), MeetingMode.IN_PERSON, "会議室", "",
                List.of(), List.of("minato"), "", "", List.of(), List.of());
    }

    @SuppressWarnings("unchecked")
    private static Grid<Meeting> grid() {
        return _get(Grid.class, spec -> spec.withId("meetings"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<org.taiwa.discussion.AttendanceRow> attendanceGrid() {
        return _get(Grid.class, spec -> spec.withId("attendance"));
    }

    /** What the browser would receive for the link: the view's download handler, run against a fake response. */
    private static byte[] download(Anchor link) throws Exception {
        var resource = (ElementStreamResource) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(URI.create(link.getHref())).orElseThrow();
        var response = new FakeResponse();
        resource.getElementRequestHandler().handleRequest(VaadinRequest.getCurrent(),
                new VaadinServletResponse(response, (VaadinServletService) VaadinService.getCurrent()),
                VaadinSession.getCurrent(), link.getElement());
        return response.getBuffer().toByteArray();
    }
}
