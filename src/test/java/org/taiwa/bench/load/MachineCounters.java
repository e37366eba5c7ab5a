package org.taiwa.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What the kernel counts for the whole machine, read before and after a step: connection attempts dropped because a
 * listen queue was full (the client resends its SYN after one second, so each one is a round trip of a second or
 * more), and the CPU time the host gave to others while this machine wanted it (steal). Both say whether a slow step
 * was the portal's doing. -1 where /proc cannot be read.
 */
record MachineCounters(long listenOverflows, long stealTicks, long allTicks) {

    static MachineCounters read() {
        long[] cpu = cpuTicks();
        return new MachineCounters(listenOverflowsNow(), cpu[0], cpu[1]);
    }

    /** What happened between {@code before} and this reading. */
    MachineCounters since(MachineCounters before) {
        return new MachineCounters(difference(listenOverflows, before.listenOverflows),
                difference(stealTicks, before.stealTicks), difference(allTicks, before.allTicks));
    }

    /** The share of CPU time stolen by the host, in percent; NaN when unknown. */
    double stealPercent() {
        return stealTicks < 0 || allTicks <= 0 ? Double.NaN : 100.0 * stealTicks / allTicks;
    }

    private static long difference(long after, long before) {
        return after < 0 || before < 0 ? -1 : after - before;
    }

    /** TcpExt ListenOverflows: a header line of names followed by a line of values. */
    private static long listenOverflowsNow() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/net/netstat"));
            for (int i = 0; i + 1 < lines.size(); i += 2) {
                List<String> names = Arrays.asList(lines.get(i).split(" "));
                int at = names.indexOf("ListenOverflows");
                if (names.getFirst().equals("TcpExt:") && at > 0) {
                    return Long.parseLong(lines.get(i + 1).split(" ")[at]);
                }
            }
        } catch (Exception unreadable) {
            // not Linux, or no /proc
        }
        return -1;
    }

    /** From the first line of /proc/stat: the steal ticks (field 8) and all ticks; -1 for both if unreadable. */
    private static long[] cpuTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            // guest time (fields 9 and 10) is already counted in user and nice
            long all = Arrays.stream(fields, 1, Math.min(fields.length, 9)).mapToLong(Long::parseLong).sum();
            return new long[] {Long.parseLong(fields[8]), all};
        } catch (Exception unreadable) {
            return new long[] {-1, -1};
        }
    }
}
