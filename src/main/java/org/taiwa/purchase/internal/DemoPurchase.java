package org.taiwa.purchase.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.directory.Participation;
import org.taiwa.purchase.AllocationRule;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CampaignStatus;
import org.taiwa.purchase.CreditProject;
import org.taiwa.purchase.PurchaseProperties;
import org.taiwa.purchase.SignUp;
import org.taiwa.storage.Sequences;

/**
 * Demo data: the Kamaishi forest projects, a replay of the 2011 joint purchase (seed/press-release-2012-05-31.md:
 * 35 municipalities — those with {@code joint_purchase_2011=yes} in config/tokyo-62-municipalities.csv — and 47
 * events, approved, allocated and settled) and one open first-come campaign with a few sign-ups. The release
 * gives no tonnages or prices: those figures, the event names and dates are illustrative. The 2011 campaign is
 * saved again at every start under fixed ids; the open one is only created when missing, so live sign-ups stay.
 * Off with {@code taiwa.purchase.demo-data=false}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class DemoPurchase implements ApplicationRunner {

    static final String JVER_PROJECT = "kamaishi-forest-jver";
    static final String JCREDIT_PROJECT = "kamaishi-forest-jcredit";
    static final String CAMPAIGN_2011 = "kamaishi-2011";
    static final String OPEN_CAMPAIGN = "kamaishi-2026";
    static final int EVENTS_2011 = 47;

    private static final Logger log = LoggerFactory.getLogger(DemoPurchase.class);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    // illustrative: forest-absorption J-VER traded at about ¥8,000–15,000 a tonne in 2011
    private static final long PRICE_2011 = 10_500;

    private final MongoTemplate mongo;
    private final MunicipalityDirectory directory;
    private final Sequences sequences;
    private final PurchaseProperties properties;

    DemoPurchase(PurchaseStore store, MunicipalityDirectory directory, Sequences sequences,
                 PurchaseProperties properties) {
        this.mongo = store.mongo();
        this.directory = directory;
        this.sequences = sequences;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        projects().forEach(p -> mongo.save(CreditProjectDocument.of(p)));
        List<SignUpDocument> replay = replay2011();
        replay.forEach(mongo::save);
        if (mongo.findById(OPEN_CAMPAIGN, CampaignDocument.class) == null) {
            openCampaign();
        }
        log.info("Purchase demo data: 2011 replay with {} municipalities, {} events", replay.size(),
                replay.stream().mapToInt(s -> s.events().size()).sum());
    }

    static List<CreditProject> projects() {
        return List.of(
                new CreditProject(JVER_PROJECT, "釜石地方森林組合 / 釜石市", "J-VER",
                        "森林経営活動によるCO2吸収量の増大 (間伐促進型)", "岩手県釜石市", 2010,
                        4_000, 1_500, PRICE_2011, true, // tonnes and price illustrative
                        "釜石地方の森林で間伐を進めて増えたCO2吸収量を、環境省のオフセット・クレジット (J-VER) 制度で"
                                + "認証したクレジット。平成23年度、オール東京62市区町村共同事業として共同購入した。", List.of()),
                new CreditProject(JCREDIT_PROJECT, "釜石地方森林組合 / 釜石市", "J-クレジット",
                        "森林経営活動", "岩手県釜石市", 2024, 6_000, 5_000, 12_000, true, // illustrative
                        "釜石地方の森林経営活動によるCO2吸収量を J-クレジット制度で認証したもの (デモ用の架空の数値)。",
                        List.of()));
    }

    private List<SignUpDocument> replay2011() {
        List<Municipality> joined = directory.all().stream()
                .filter(m -> m.tookPartIn(Participation.JOINT_PURCHASE_2011)).toList();
        int twoEvents = EVENTS_2011 - joined.size();
        var signUps = new ArrayList<SignUpDocument>();
        Instant signedUpAt = tokyo(2011, 10, 3, 10);
        Instant settledAt = tokyo(2012, 3, 15, 10);
        for (int i = 0; i < joined.size(); i++) {
            Municipality m = joined.get(i);
            List<SignUpDocument.Event> events = DemoEvents.of2011(m, i, i < twoEvents ? 2 : 1);
            long tonnes = events.stream().mapToLong(SignUpDocument.Event::tonnes).sum();
            String id = CAMPAIGN_2011 + "-" + m.id().value();
            var signUp = new SignUpDocument(id, CAMPAIGN_2011, m.id().value(), tonnes, contact(m.id()), events,
                    SignUp.Placement.REQUESTED, i + 1, false,
                    new SignUp.Approval("approver." + m.id().value(), signedUpAt.plus(7, ChronoUnit.DAYS)), tonnes,
                    List.of(), PurchaseStore.NO_KEY_PREFIX + id, "staff." + m.id().value(), signedUpAt,
                    settledAt, 0);
            signUps.add(new SignUpDocument(id, CAMPAIGN_2011, signUp.municipality(), tonnes, signUp.contact(), events,
                    signUp.placement(), signUp.sequence(), false, signUp.approval(), tonnes,
                    Settlement.retirements(CAMPAIGN_2011, signUp, settledAt), signUp.idempotencyKey(),
                    signUp.createdBy(), signedUpAt, settledAt, 0));
        }
        long total = signUps.stream().mapToLong(SignUpDocument::tonnes).sum();
        // everyone received what they asked for: the network bought exactly the tonnes its events needed
        var campaign = new Campaign(CAMPAIGN_2011, "平成23年度 釜石J-VER 共同購入", JVER_PROJECT, total, 0, PRICE_2011,
                tokyo(2011, 9, 1, 9), tokyo(2011, 11, 30, 17), 1, 10, AllocationRule.PRO_RATA, null,
                CampaignStatus.SETTLED);
        mongo.save(CampaignDocument.of(campaign, List.of(), "secretariat", tokyo(2011, 8, 20, 10)));
        return signUps;
    }

    private void openCampaign() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        long total = 120;
        var planned = Map.of("minato", 10L, "shinjuku", 8L, "hachioji", 5L, "setagaya", 12L, "niijima", 2L);
        var approvedBy = Map.of("minato", "approver.minato", "shinjuku", "approver.shinjuku",
                "hachioji", "approver.hachioji");
        var signUps = new ArrayList<SignUpDocument>();
        var claims = new ArrayList<CampaignDocument.Claim>();
        for (String municipality : List.of("minato", "shinjuku", "hachioji", "setagaya", "niijima")) {
            long tonnes = planned.get(municipality);
            String id = OPEN_CAMPAIGN + "-" + municipality;
            String approver = approvedBy.get(municipality);
            signUps.add(new SignUpDocument(id, OPEN_CAMPAIGN, municipality, tonnes, contact(new MunicipalityId(
                    municipality)), DemoEvents.of2026(tonnes, signUps.size()), SignUp.Placement.CONFIRMED,
                    sequences.next(SignUpService.SEQUENCE), false,
                    approver == null ? null : new SignUp.Approval(approver, now), null, List.of(),
                    PurchaseStore.NO_KEY_PREFIX + id, "staff." + municipality, now, now, 0));
            claims.add(new CampaignDocument.Claim(id, tonnes));
        }
        long claimed = claims.stream().mapToLong(CampaignDocument.Claim::tonnes).sum();
        var campaign = new Campaign(OPEN_CAMPAIGN, "2026年度 釜石の森 J-クレジット共同購入 (先着順)", JCREDIT_PROJECT, total,
                total - claimed, 12_000, now.minus(1, ChronoUnit.HOURS), now.plus(60, ChronoUnit.DAYS), 1, 20,
                AllocationRule.FIRST_COME, null, CampaignStatus.OPEN);
        // the sign-ups first: a crash before the campaign exists leaves nothing anyone can reach. Inserted only
        // where missing, and the campaign once: a second node starting at the same time changes nothing
        signUps.forEach(this::insertIfMissing);
        insertIfMissing(CampaignDocument.of(campaign, claims, "secretariat", now));
    }

    private void insertIfMissing(Object document) {
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            log.debug("Purchase demo data: {} exists already", document.getClass().getSimpleName());
        }
    }

    private static SignUpDocument.Contact contact(MunicipalityId id) {
        return new SignUpDocument.Contact("環境課 カーボン・オフセット担当", "kankyo@" + id.value() + ".example.jp", "");
    }

    private static Instant tokyo(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(TOKYO).toInstant();
    }

    static LocalDate fiscal2011(int dayOffset) {
        return LocalDate.of(2011, 5, 1).plusDays(dayOffset % 320);
    }
}
