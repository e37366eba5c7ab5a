package org.taiwa.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AllocatorTest {

    /** "港区:10,新宿区:5" → requests in that sign-up order. */
    private static List<AllocationRequest> requests(String spec) {
        var requests = new ArrayList<AllocationRequest>();
        String[] parts = spec.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] pair = parts[i].split(":");
            requests.add(new AllocationRequest(pair[0].strip(), Long.parseLong(pair[1].strip()), i + 1));
        }
        return requests;
    }

    private static String allocated(List<Allocation> allocations) {
        return String.join(",", allocations.stream().map(a -> String.valueOf(a.allocated())).toList());
    }

    @ParameterizedTest(name = "first come, {0} t for {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            100 | 港区:30, 新宿区:30, 三鷹市:30        | 30,30,30
            80  | 港区:30, 新宿区:30, 三鷹市:30        | 30,30,0
            80  | 港区:30, 新宿区:40, 三鷹市:15        | 30,40,0
            80  | 港区:30, 新宿区:60, 三鷹市:15        | 30,0,15
            0   | 港区:1                             | 0
            """)
    void first_come_serves_whole_requests_in_order_while_they_fit(long supply, String spec, String expected) {
        // 80 t: 港区 30 (50 left), 新宿区 60 does not fit, 三鷹市 15 still does (35 left)
        assertThat(allocated(Allocator.allocate(AllocationRule.FIRST_COME, supply, requests(spec), null)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "pro rata, {0} t for {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            100 | 港区:30, 新宿区:30, 三鷹市:30        | 30,30,30
            60  | 港区:30, 新宿区:30, 三鷹市:30        | 20,20,20
            10  | 港区:10, 新宿区:10, 三鷹市:10        | 4,3,3
            47  | 港区:50, 新宿区:30, 三鷹市:20        | 24,14,9
            7   | 港区:1, 新宿区:9                    | 1,6
            """)
    void pro_rata_gives_floors_and_the_remainder_to_the_largest_fractions(long supply, String spec, String expected) {
        // 10 t for 3 × 10: 10/3 = 3.33 each → 3,3,3 and 1 left, equal fractions → the first sign-up (港区)
        // 47 t for 50/30/20 (total 100): 23.5, 14.1, 9.4 → 23,14,9 = 46; 1 left → largest fraction .5 → 港区 24
        // 7 t for 1/9 (total 10): 0.7, 6.3 → 0,6 = 6; 1 left → 0.7 is larger → 港区 1
        assertThat(allocated(Allocator.allocate(AllocationRule.PRO_RATA, supply, requests(spec), null)))
                .isEqualTo(expected);
    }

    @Test
    void pro_rata_says_who_received_a_remainder_tonne() {
        List<Allocation> allocations = Allocator.allocate(AllocationRule.PRO_RATA, 10,
                requests("港区:10, 新宿区:10, 三鷹市:10"), null);
        assertThat(allocations).extracting(Allocation::reason).containsExactly(
                Allocation.Reason.PRO_RATA_SHARE_AND_REMAINDER, Allocation.Reason.PRO_RATA_SHARE,
                Allocation.Reason.PRO_RATA_SHARE);
    }

    @Test
    void the_lottery_order_is_the_sha256_of_seed_and_name_which_anyone_can_recompute() {
        List<AllocationRequest> requests = requests("港区:10, 新宿区:10, 三鷹市:10, 八王子市:10");
        List<String> order = Allocator.drawOrder(requests, "taiwa-2011").stream()
                .map(AllocationRequest::municipality).toList();
        List<String> byTicket = requests.stream().map(AllocationRequest::municipality)
                .sorted((a, b) -> Allocator.ticket("taiwa-2011", a).compareTo(Allocator.ticket("taiwa-2011", b)))
                .toList();
        assertThat(order).isEqualTo(byTicket);
        // 20 t: the first two drawn are served
        List<Allocation> allocations = Allocator.allocate(AllocationRule.LOTTERY, 20, requests, "taiwa-2011");
        assertThat(allocations.stream().filter(a -> a.allocated() == 10).map(Allocation::municipality))
                .containsExactlyInAnyOrderElementsOf(order.subList(0, 2));
        // another seed, another order (for these four names)
        assertThat(Allocator.drawOrder(requests, "another-seed")).isNotEqualTo(
                Allocator.drawOrder(requests, "taiwa-2011"));
    }

    @Test
    void a_known_ticket_matches_the_shell_command() {
        // printf '%s' 'seed:A' | sha256sum → computed once with coreutils
        assertThat(Allocator.ticket("seed", "A"))
                .isEqualTo("7afc670a78645d7a0a8534c4df5a3a5c4bad84372544ccc2cf013d6133aaa60c");
        // printf '%s' 'taiwa-2011:港区' | sha256sum (UTF-8)
        assertThat(Allocator.ticket("taiwa-2011", "港区")).isEqualTo("08812374e571ce82b53aca88b53c9ca1e4dff7f27f3a6088dfa3623b709ae33b");
    }

    @Test
    void bad_input_is_refused() {
        assertThatThrownBy(() -> Allocator.allocate(AllocationRule.LOTTERY, 10, requests("港区:1"), " "))
                .hasMessageContaining("seed");
        assertThatThrownBy(() -> Allocator.allocate(AllocationRule.PRO_RATA, 10, requests("港区:1, 港区:2"), null))
                .hasMessageContaining("one request per municipality");
        assertThatThrownBy(() -> new AllocationRequest("港区", -1, 1)).hasMessageContaining("negative");
        assertThat(Arrays.stream(AllocationRule.values()).map(AllocationRule::code))
                .containsExactly("first_come", "pro_rata", "lottery");
    }
}
