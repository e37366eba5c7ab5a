package org.taiwa.discussion.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.Participation;
import org.taiwa.discussion.Attendance;
import org.taiwa.discussion.DiscussionProperties;
import org.taiwa.discussion.MeetingMode;
import org.taiwa.discussion.MeetingStatus;

/**
 * Meeting records in the research committee's way of working (seed/press-release-2012-05-31.md): the
 * municipal committee and the joint plenary of 平成23年度 (fiscal 2011) meeting face to face, with the
 * committee municipalities invited, attendance and minutes, and one upcoming hybrid meeting. Dates and
 * attendance are illustrative, and the minutes say so. Added under fixed ids only when missing, so that
 * edits made in a demo survive a restart. Runs after {@link DemoProposals}, whose threads it links.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 80)
class DemoMeetings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String SECRETARIAT = "secretariat";
    private static final String ACADEMIC = "academic.yamada";
    private static final String OFFICE = "特別区協議会 会議室";
    private static final String RESULTS = "http://all62.jp/jigyo/carbonoffset.html";
    private static final String NOTE = "※デモ用に再構成した記録です（日付・出席者は例示）。\n\n";

    private final MongoTemplate mongo;
    private final MunicipalityDirectory directory;
    private final DiscussionProperties properties;

    DemoMeetings(MongoTemplate mongo, MunicipalityDirectory directory, DiscussionProperties properties) {
        this.mongo = mongo;
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        List<MeetingDocument> meetings = meetings();
        int added = 0;
        for (MeetingDocument meeting : meetings) {
            if (mongo.findById(meeting.id(), MeetingDocument.class) == null) {
                mongo.save(meeting);
                added++;
            }
        }
        log.info("Discussion demo data: {} meetings ({} added)", meetings.size(), added);
    }

    List<MeetingDocument> meetings() {
        List<String> committee = directory.all().stream().filter(m -> m.tookPartIn(Participation.COMMITTEE_2009_2011))
                .map(Municipality::id).map(id -> id.value()).toList();
        return List.of(
                meeting("municipal-committee-2011-1", "municipal-committee", "平成23年度 第1回 自治体委員会",
                        at(2011, 6, 21, 14), at(2011, 6, 21, 16), List.of(), committee,
                        "1. 平成23年度の進め方（研究の3年目・まとめの年）\n2. 取組モデルごとの個別検討の進め方\n"
                                + "3. カーボン・オフセットクレジット（J-VER）の共同購入について",
                        "- 3年目は、取組モデルごとの個別検討とJ-VERの共同購入を柱とし、年度末に提言をとりまとめることを確認した。\n"
                                + "- 取組モデルの個別検討には港区・新宿区・練馬区・八王子市・武蔵野市・昭島市が参加し、"
                                + "事業の発案から企画立案、事業化、実施までを段階ごとに整理する。\n"
                                + "- 岩手県釜石市のJ-VERを62市区町村の共同事業として購入し、各自治体のイベント・会議で"
                                + "オフセットを実施・体験する案について意見交換した。",
                        List.of(), List.of(), present(List.of(), without(committee, "okutama", "niijima"))),
                meeting("joint-plenary-2011-1", "joint-plenary", "平成23年度 第1回 総合委員会",
                        at(2011, 7, 26, 14), at(2011, 7, 26, 17), List.of(ACADEMIC), committee,
                        "1. 2年間の研究の振り返り\n2. 取組モデルの考え方\n3. ガイドブックの構成",
                        "- 自治体委員会と検討委員会が合同で、平成21・22年度の検討結果（共同の取り組みの可能性、"
                                + "実施方法や課題の整理）を振り返った。\n"
                                + "- 学識経験者から、取組モデルは自治体ごとの独自性を生かしつつ政策立案過程を共有できる形に"
                                + "整理するよう助言があった。\n"
                                + "- ガイドブックは自治体アンケートの結果を基に、読み手のニーズを踏まえた構成とする。",
                        List.of(), List.of(), present(List.of(ACADEMIC), without(committee, "hinohara"))),
                meeting("municipal-committee-2011-2", "municipal-committee", "平成23年度 第2回 自治体委員会",
                        at(2011, 10, 18, 14), at(2011, 10, 18, 16), List.of(), committee,
                        "1. J-VER共同購入の実施状況\n2. イベント・会議でのカーボン・オフセット事例の共有\n"
                                + "3. 普及啓発パンフレットの作成",
                        "- 共同購入に参加する自治体とイベント・会議の状況を共有した（最終的に35自治体・47イベント）。\n"
                                + "- 排出量の算定（会場の電力、参加者の移動など）の方法と、参加者への伝え方について意見交換した。\n"
                                + "- 各自治体の実践・体験をもとに、カーボン・オフセットをわかりやすく紹介するパンフレットを作成する。",
                        List.of(), List.of(), present(List.of(), without(committee, "kunitachi", "hinohara"))),
                meeting("joint-plenary-2012-1", "joint-plenary", "平成23年度 第2回 総合委員会（提言のとりまとめ）",
                        at(2012, 2, 28, 14), at(2012, 2, 28, 17), List.of(ACADEMIC), committee,
                        "1. 研究検討委員会からの提言（案）\n2. 自治体向けガイドブック・普及啓発パンフレット（案）\n"
                                + "3. 平成23年度報告書のとりまとめ",
                        "- 提言1〜3の案を確認し、各提言のスレッドで立場を表明して合意を確かめることとした。\n"
                                + "- 研究の理解と経験を提言として62市区町村に還元することが、研究検討委員会の責任であることを確認した。\n"
                                + "- 成果は平成24年5月31日に、提言・ガイドブック・普及啓発パンフレット・報告書として発表された。",
                        threads(1, 2, 3), List.of(new MeetingDocument.DocumentEntry(
                                "カーボン・オフセットの研究検討委員会からの提言～3年間の振り返りとまとめ～", RESULTS),
                                new MeetingDocument.DocumentEntry("自治体向けカーボン・オフセットガイドブック", RESULTS)),
                        present(List.of(ACADEMIC), without(committee, "okutama"))),
                upcoming(committee));
    }

    private MeetingDocument upcoming(List<String> committee) {
        var meeting = meeting("joint-plenary-2027-1", "joint-plenary", "提言から15年：連携の振り返りと次の取り組み",
                at(2027, 2, 16, 14), at(2027, 2, 16, 16), List.of(ACADEMIC), committee,
                "1. 提言1〜3のその後（各自治体から）\n2. 共同購入の次の進め方\n3. 対話の場としてのTaiwaの使い方", "",
                threads(1, 2, 3), List.of(), null);
        return new MeetingDocument(meeting.id(), meeting.spaceId(), meeting.title(), meeting.startsAt(),
                meeting.endsAt(), MeetingMode.HYBRID, OFFICE, "https://meet.example.org/taiwa-joint-plenary",
                meeting.memberUsernames(), meeting.municipalityCodes(), meeting.agenda(), meeting.agendaHtml(), "", "",
                meeting.threads(), meeting.documents(), null, MeetingStatus.SCHEDULED, SECRETARIAT,
                meeting.createdAt(), SECRETARIAT, meeting.createdAt(), 0);
    }

    private static MeetingDocument meeting(String id, String space, String title, Instant startsAt, Instant endsAt,
                                           List<String> members, List<String> municipalities, String agenda,
                                           String minutes, List<MeetingDocument.ThreadEntry> threads,
                                           List<MeetingDocument.DocumentEntry> documents, Attendance present) {
        String fullMinutes = minutes.isEmpty() ? "" : NOTE + minutes;
        Instant created = startsAt.minusSeconds(30L * 24 * 3600);
        MeetingDocument.AttendanceEntry attendance = present == null ? null : MeetingDocument.AttendanceEntry.of(
                new Attendance(present.memberUsernames(), present.municipalityCodes(), SECRETARIAT, endsAt));
        return new MeetingDocument(id, space, title, startsAt, endsAt, MeetingMode.IN_PERSON, OFFICE, "", members,
                municipalities, agenda, MarkdownRenderer.toSafeHtml(agenda), fullMinutes,
                MarkdownRenderer.toSafeHtml(fullMinutes), threads, documents, attendance, MeetingStatus.SCHEDULED,
                SECRETARIAT, created, SECRETARIAT, endsAt, 0);
    }

    private List<MeetingDocument.ThreadEntry> threads(int... proposals) {
        List<MeetingDocument.ThreadEntry> threads = new ArrayList<>();
        for (int number : proposals) {
            ThreadDocument thread = mongo.findById(DemoProposals.threadId(number), ThreadDocument.class);
            if (thread != null) {
                threads.add(new MeetingDocument.ThreadEntry(thread.id(), thread.title()));
            }
        }
        return threads;
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(TOKYO).toInstant();
    }

    private static List<String> without(List<String> codes, String... absent) {
        Set<String> gone = Set.of(absent);
        return codes.stream().filter(c -> !gone.contains(c)).toList();
    }

    /** Who attended; stamped with the meeting's end by {@link #meeting}. */
    private static Attendance present(List<String> members, List<String> municipalities) {
        return new Attendance(members, municipalities, SECRETARIAT, Instant.EPOCH);
    }
}
