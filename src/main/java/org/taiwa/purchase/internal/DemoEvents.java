package org.taiwa.purchase.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.taiwa.directory.Municipality;

/** Illustrative municipal events for the demo campaigns: names as municipalities call them, small tonnages. */
final class DemoEvents {

    private static final List<String> NAMES = List.of(
            "環境フェア2011", "{k}まつり", "環境講演会「地球温暖化と私たちのくらし」", "環境審議会",
            "エコライフフェア", "{k}環境活動報告会", "地球温暖化対策地域協議会", "緑のカーテン講習会",
            "産業まつり", "環境シンポジウム", "こども環境学習会", "環境基本計画推進委員会");

    private DemoEvents() {
    }

    /** {@code count} events of FY2011 (April 2011 – March 2012) for the {@code index}-th municipality. */
    static List<SignUpDocument.Event> of2011(Municipality municipality, int index, int count) {
        String people = municipality.nameJa().substring(municipality.nameJa().length() - 1) + "民";
        var events = new ArrayList<SignUpDocument.Event>();
        for (int e = 0; e < count; e++) {
            String name = NAMES.get((index * 5 + e * 7) % NAMES.size()).replace("{k}", people);
            LocalDate date = DemoPurchase.fiscal2011(index * 37 + e * 113);
            long tonnes = 1 + (index * 3L + e) % 4;
            events.add(new SignUpDocument.Event(name, date, tonnes, null));
        }
        return events;
    }

    /** One or two events of 2026 that add up to {@code tonnes}. */
    static List<SignUpDocument.Event> of2026(long tonnes, int index) {
        LocalDate date = LocalDate.of(2026, 10, 1).plusDays(index * 9L);
        if (tonnes < 4) {
            return List.of(new SignUpDocument.Event("環境講演会", date, tonnes, null));
        }
        return List.of(new SignUpDocument.Event("環境フェア2026", date, tonnes / 2, null),
                new SignUpDocument.Event("地球温暖化対策推進委員会", date.plusDays(30), tonnes - tonnes / 2, null));
    }
}
