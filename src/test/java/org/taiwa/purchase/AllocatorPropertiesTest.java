package org.taiwa.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Allocation over generated campaigns of up to 62 sign-ups (jqwik), for every rule. */
class AllocatorPropertiesTest {

    @Provide
    Arbitrary<List<AllocationRequest>> signUps() {
        return Arbitraries.longs().between(0, 500).list().ofMinSize(0).ofMaxSize(62).map(tonnes -> {
            var requests = new ArrayList<AllocationRequest>();
            for (int i = 0; i < tonnes.size(); i++) {
                requests.add(new AllocationRequest("自治体" + i, tonnes.get(i), i + 1));
            }
            return requests;
        });
    }

    @Provide
    Arbitrary<AllocationRule> rules() {
        return Arbitraries.of(AllocationRule.class);
    }

    @Property(tries = 500)
    void never_more_than_the_supply_nor_than_anyone_asked(@ForAll("rules") AllocationRule rule,
                                                         @ForAll @LongRange(min = 0, max = 20_000) long supply,
                                                         @ForAll("signUps") List<AllocationRequest> requests) {
        List<Allocation> allocations = Allocator.allocate(rule, supply, requests, "seed-" + supply);
        assertThat(allocations.stream().mapToLong(Allocation::allocated).sum()).isLessThanOrEqualTo(supply);
        for (int i = 0; i < requests.size(); i++) {
            assertThat(allocations.get(i).municipality()).isEqualTo(requests.get(i).municipality());
            assertThat(allocations.get(i).allocated()).isBetween(0L, requests.get(i).tonnes());
        }
    }

    @Property(tries = 300)
    void pro_rata_uses_the_whole_supply_when_the_requests_exceed_it(
            @ForAll @LongRange(min = 0, max = 20_000) long supply, @ForAll("signUps") List<AllocationRequest> requests) {
        long asked = requests.stream().mapToLong(AllocationRequest::tonnes).sum();
        long given = Allocator.allocate(AllocationRule.PRO_RATA, supply, requests, null).stream()
                .mapToLong(Allocation::allocated).sum();
        assertThat(given).isEqualTo(Math.min(asked, supply));
    }

    @Property(tries = 300)
    void the_same_campaign_gives_the_same_allocation_in_whatever_order_it_is_read(
            @ForAll("rules") AllocationRule rule, @ForAll @LongRange(min = 0, max = 20_000) long supply,
            @ForAll("signUps") List<AllocationRequest> requests, @ForAll long shuffleSeed) {
        var shuffled = new ArrayList<>(requests);
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        var first = Allocator.allocate(rule, supply, requests, "published-seed");
        var again = Allocator.allocate(rule, supply, shuffled, "published-seed");
        assertThat(again).containsExactlyInAnyOrderElementsOf(first);
    }
}
