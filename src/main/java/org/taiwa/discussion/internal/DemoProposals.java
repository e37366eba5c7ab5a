package org.taiwa.discussion.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.taiwa.discussion.DiscussionProperties;
import org.taiwa.discussion.Position;
import org.taiwa.discussion.Stance;

/**
 * The research committee's three proposals (seed/press-release-2012-05-31.md) as closed proposals with
 * their outcomes, each in its own thread of 総合委員会 under fixed ids. Threads and opening posts are only
 * added when missing (replies stay counted); the proposals are saved again at every start.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 90)
class DemoProposals implements ApplicationRunner {

    static final String SPACE = "joint-plenary";
    private static final Logger log = LoggerFactory.getLogger(DemoProposals.class);
    private static final Instant CREATED = Instant.parse("2012-02-20T01:00:00Z");
    private static final Instant VOTED = Instant.parse("2012-03-05T05:00:00Z");
    private static final Instant CLOSES = Instant.parse("2012-03-15T08:00:00Z");
    private static final String AUTHOR = "academic.yamada";
    private static final Map<String, String> VOTERS = voters();

    private final MongoTemplate mongo;
    private final DiscussionProperties properties;

    DemoProposals(MongoTemplate mongo, DiscussionProperties properties) {
        this.mongo = mongo;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        List<ProposalDocument> proposals = List.of(
                proposal(1, "みどり東京・温暖化防止プロジェクトのさらなる展開",
                        "62 市区町村の共通課題に対し、政策形成過程や事業実施に役立つ情報・知見の共有化の促進により、"
                                + "さらなる事業推進を図ることが必要です。本研究成果を一過性のものとせず、各市区町村がそれぞれの"
                                + "独自性を生かし、さまざまな形で取り組みを展開していくことが重要です。"),
                proposal(2, "自治体間の連携・共同による相乗効果の発揮",
                        "東京の多様な地域特性を生かし、各市区町村が地域や主体を超えてさまざまな形で連携・共同して"
                                + "カーボン・オフセットの仕組みを活用した取り組みを行い、温室効果ガスの排出削減、森林の保全や"
                                + "林業再生などの地域活性化、人々の体験・交流の促進などの効果を相乗的に発揮していくことが重要です。"),
                proposal(3, "低炭素社会の実現に向けた機運の醸成",
                        "東日本大震災以降、地域全体での節電・省エネが急務となる中、スマートコミュニティを実現するためには、"
                                + "人々の行動様式や価値観の変革、そして主体的な行動変化を促す仕組みづくりが不可欠です。"
                                + "各市区町村においては、カーボン・オフセットを一つの手がかりとして様々な手法で活用することで、"
                                + "行動様式や価値観の変革を促す仕組みを構築し、低炭素社会の実現に向けた機運を醸成することが重要です。"));
        proposals.forEach(this::saveWithThread);
        log.info("Discussion demo data: {} proposals", proposals.size());
    }

    static String threadId(int number) {
        return "joint-plenary-teigen-" + number;
    }

    private void saveWithThread(ProposalDocument proposal) {
        if (mongo.findById(proposal.id(), ThreadDocument.class) == null) {
            String postId = proposal.id() + "-opening";
            String body = "提言" + proposal.id().substring(proposal.id().length() - 1) + "の案について、"
                    + "立場（賛成・棄権・反対・ブロック）を表明してください。";
            mongo.save(PostDocument.written(postId, proposal.id(), null, AUTHOR, "", body, CREATED));
            mongo.save(new ThreadDocument(proposal.id(), SPACE, proposal.title(), AUTHOR, postId, CREATED, false,
                    false, 0, CREATED, false, null));
        }
        mongo.save(proposal);
    }

    private static ProposalDocument proposal(int number, String title, String description) {
        Map<String, ProposalDocument.PositionEntry> positions = new LinkedHashMap<>();
        VOTERS.forEach((username, municipality) -> positions.put(ProposalDocument.key(username),
                ProposalDocument.PositionEntry.of(new Position(username, municipality, Stance.AGREE, "", VOTED))));
        String fullTitle = "提言" + number + " " + title;
        return new ProposalDocument(threadId(number), SPACE, fullTitle, description,
                MarkdownRenderer.toSafeHtml(description), AUTHOR, CREATED, CLOSES, true, CLOSES,
                "採択。総合委員会は全会一致で本提言を研究検討委員会からの提言として 62 市区町村に還元することとした"
                        + "（2012年5月31日、ガイドブック及び啓発パンフレットとして発行）。", CLOSES, positions);
    }

    private static Map<String, String> voters() {
        Map<String, String> voters = new LinkedHashMap<>();
        voters.put("staff.minato", "港区");
        voters.put("staff.shinjuku", "新宿区");
        voters.put("staff.nerima", "練馬区");
        voters.put("staff.hachioji", "八王子市");
        voters.put("staff.musashino", "武蔵野市");
        voters.put(AUTHOR, "");
        return voters;
    }
}
