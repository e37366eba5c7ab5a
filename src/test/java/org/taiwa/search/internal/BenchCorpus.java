package org.taiwa.search.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.taiwa.search.HitKind;
import org.taiwa.security.policy.Visibility;

/**
 * A reproducible corpus of Japanese policy documents of about 1–2 KB each, generated from a vocabulary of the
 * network's words with a fixed seed, for the search bench.
 */
final class BenchCorpus {

    static final String[] WORDS = ("カーボン・オフセット 温室効果ガス 排出量 削減 共同購入 J-VER J-クレジット 森林 吸収 "
            + "釜石 イベント 自治体 区民 市民 事業者 補助金 計画 実施 検証 報告 提言 ガイドブック 省エネ 再エネ "
            + "太陽光 電気自動車 緑化 普及啓発 環境教育 地球温暖化 対策 推進 連携 協働 地域 活性化 交流 体験 "
            + "クレジット 認証 算定 方法 手順 予算 事業化 企画立案 発案 評価 課題 成果 効果 取組 モデル 委員会 "
            + "研究会 検討 会議 議事録 資料 パンフレット 住民 参加 説明会 アンケート 結果 分析 データ 指標 目標 "
            + "二酸化炭素 ＣＯ２ 低炭素社会 スマートコミュニティ 節電 行動 変革 価値観 仕組み 相乗効果 発揮 森林整備 "
            + "林業 再生 保全 間伐 木材 利用 公共施設 学校 庁舎 街路灯 LED 交換 更新 契約 入札 調達").split(" ");
    static final String[] PARTICLES = {"の", "を", "に", "と", "で", "が", "は", "について", "による", "のための"};
    static final String[] ENDINGS = {"を行った。", "を検討する。", "が重要である。", "を進めている。", "について報告する。",
            "を実施した。", "が課題となった。"};
    static final String[] MUNICIPALITIES = {"千代田区", "港区", "新宿区", "世田谷区", "練馬区", "八王子市", "武蔵野市",
            "三鷹市", "町田市", "府中市", "檜原村", "奥多摩町"};
    static final String[] TYPES = {"PROPOSAL", "GUIDEBOOK", "REPORT", "MINUTES", "PAMPHLET", "MATERIAL", "OTHER"};
    private static final Instant START = Instant.parse("2009-04-01T00:00:00Z");

    private BenchCorpus() {
    }

    static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    static String sentence(Random random) {
        var s = new StringBuilder();
        int parts = 2 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            s.append(word(random)).append(i == parts - 1 ? "" : PARTICLES[random.nextInt(PARTICLES.length)]);
        }
        return s.append(ENDINGS[random.nextInt(ENDINGS.length)]).toString();
    }

    /** Document number n (1-based) at change position n; the same n always gives the same document. */
    static IndexedItem document(int n, Random random) {
        var body = new StringBuilder();
        int target = 350 + random.nextInt(350);
        while (body.length() < target) {
            body.append(sentence(random));
        }
        String title = word(random) + PARTICLES[random.nextInt(3)] + word(random) + "に関する" + TYPES_JA[random.nextInt(7)];
        int roll = random.nextInt(10);
        Visibility visibility = roll < 7 ? Visibility.PUBLIC : roll < 9 ? Visibility.ALL_MUNICIPALITIES
                : Visibility.MEMBERS_ONLY;
        List<String> municipalities = new ArrayList<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            String m = MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)];
            if (!municipalities.contains(m)) {
                municipalities.add(m);
            }
        }
        return new IndexedItem(HitKind.DOCUMENT, "bench-" + n, null, n, title, body.toString(), "", "library/bench-" + n,
                START.plusSeconds(n * 600L), visibility, visibility == Visibility.MEMBERS_ONLY ? "model-" + (1 + n % 4)
                : null, "staff.minato", TYPES[random.nextInt(TYPES.length)], 2009 + random.nextInt(5), municipalities,
                null, null, true);
    }

    private static final String[] TYPES_JA = {"提言", "ガイドブック", "報告書", "議事録", "パンフレット", "資料", "その他"};
}
