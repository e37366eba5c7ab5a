package org.taiwa.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The load bench's readings of the machine: kernel counters and the child's threads by kind. */
class MachineCountersTest {

    @Test
    void a_reading_on_linux_has_every_counter_and_the_time_between_two_adds_up() {
        assumeThat(Files.isReadable(Path.of("/proc/net/netstat"))).as("Linux").isTrue();
        var before = MachineCounters.read();
        assertThat(before.listenOverflows()).isNotNegative();
        assertThat(before.stealTicks()).isNotNegative();
        assertThat(before.allTicks()).isGreaterThan(before.stealTicks());
        var during = MachineCounters.read().since(before);
        assertThat(during.listenOverflows()).isNotNegative();
        assertThat(during.allTicks()).isNotNegative();
    }

    @Test
    void the_steal_share_is_of_all_ticks_and_unknown_without_them() {
        var during = new MachineCounters(3, 50, 1_000).since(new MachineCounters(1, 10, 200));
        assertThat(during).isEqualTo(new MachineCounters(2, 40, 800));
        assertThat(during.stealPercent()).isEqualTo(5.0);
        assertThat(new MachineCounters(-1, -1, -1).since(new MachineCounters(1, 1, 1)).stealPercent()).isNaN();
    }

    @Test
    void threads_are_told_apart_by_their_names_as_the_kernel_cuts_them() {
        assertThat(ChildApp.ThreadKind.of("GC Thread#1")).isEqualTo(ChildApp.ThreadKind.GC);
        assertThat(ChildApp.ThreadKind.of("G1 Conc#0")).isEqualTo(ChildApp.ThreadKind.GC);
        assertThat(ChildApp.ThreadKind.of("C2 CompilerThre")).isEqualTo(ChildApp.ThreadKind.JIT);
        assertThat(ChildApp.ThreadKind.of("C1 CompilerThre")).isEqualTo(ChildApp.ThreadKind.JIT);
        assertThat(ChildApp.ThreadKind.of("http-nio-18650-")).isEqualTo(ChildApp.ThreadKind.OTHER);
    }
}
