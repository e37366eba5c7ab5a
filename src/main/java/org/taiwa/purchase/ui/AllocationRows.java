package org.taiwa.purchase.ui;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.taiwa.purchase.Allocation;
import org.taiwa.purchase.AllocationRequest;
import org.taiwa.purchase.Allocator;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.SignUp;

/**
 * The allocation table of an allocated campaign: per binding sign-up what was requested, what was allocated (as
 * stored at the transition) and why. The reason is the {@link Allocator}'s for the same inputs, which is
 * deterministic, so the table explains exactly what was stored.
 */
record AllocationRows(List<Row> rows, long requested, long allocated, long offered) {

    /** One municipality's line. */
    record Row(String municipality, long requested, long allocated, Allocation.Reason reason) {
    }

    static AllocationRows of(Campaign campaign, List<SignUp> signUps, Function<SignUp, String> name) {
        List<SignUp> binding = signUps.stream().filter(SignUp::binding).filter(s -> s.allocatedTonnes() != null)
                .sorted(Comparator.comparingLong(SignUp::sequence)).toList();
        Map<String, Allocation.Reason> reasons = new HashMap<>();
        var requests = binding.stream().map(s -> new AllocationRequest(s.municipality().value(), s.request().tonnes(),
                s.sequence())).toList();
        if (!requests.isEmpty()) {
            for (Allocation a : Allocator.allocate(campaign.allocationRule(), campaign.totalTonnes(), requests,
                    campaign.lotterySeed())) {
                reasons.put(a.municipality(), a.reason());
            }
        }
        var rows = binding.stream().map(s -> new Row(name.apply(s), s.request().tonnes(), s.allocatedTonnes(),
                reasons.getOrDefault(s.municipality().value(), fallback(s)))).toList();
        return new AllocationRows(rows, rows.stream().mapToLong(Row::requested).sum(),
                rows.stream().mapToLong(Row::allocated).sum(), campaign.totalTonnes());
    }

    private static Allocation.Reason fallback(SignUp signUp) {
        long allocated = signUp.allocatedTonnes();
        return allocated == signUp.request().tonnes() ? Allocation.Reason.IN_FULL
                : allocated == 0 ? Allocation.Reason.NOT_ENOUGH_LEFT : Allocation.Reason.PRO_RATA_SHARE;
    }
}
