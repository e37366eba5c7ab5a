package org.taiwa.purchase.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.taiwa.directory.MunicipalityId;
import org.taiwa.purchase.RetiredEvent;

/**
 * The network's results added up: tonnes offset, municipalities and events, in total and by a grouping (campaign,
 * fiscal year, municipality, region). An event counts when tonnes were retired for it.
 */
record ResultsSummary(long tonnes, int municipalities, int events) {

    /** One bar of a chart or line of a table. */
    record Group(String label, long tonnes, int municipalities, int events) {
    }

    static ResultsSummary of(List<RetiredEvent> retired) {
        List<RetiredEvent> offset = retired.stream().filter(r -> r.tonnes() > 0).toList();
        Set<MunicipalityId> municipalities = new HashSet<>();
        offset.forEach(r -> municipalities.add(r.municipality()));
        return new ResultsSummary(offset.stream().mapToLong(RetiredEvent::tonnes).sum(), municipalities.size(),
                offset.size());
    }

    /** The retirements grouped by {@code key}, in {@code order}. */
    static List<Group> by(List<RetiredEvent> retired, Function<RetiredEvent, String> key,
                          Comparator<Group> order) {
        Map<String, List<RetiredEvent>> groups = new LinkedHashMap<>();
        retired.stream().filter(r -> r.tonnes() > 0).forEach(r -> groups.computeIfAbsent(key.apply(r),
                k -> new ArrayList<>()).add(r));
        return groups.entrySet().stream().map(e -> {
            ResultsSummary sum = of(e.getValue());
            return new Group(e.getKey(), sum.tonnes(), sum.municipalities(), sum.events());
        }).sorted(order).toList();
    }

    static Comparator<Group> byLabel() {
        return Comparator.comparing(Group::label);
    }

    static Comparator<Group> byTonnesDescending() {
        return Comparator.comparingLong(Group::tonnes).reversed().thenComparing(Group::label);
    }
}
