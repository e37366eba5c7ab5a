package org.taiwa.discussion;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The positions on a proposal counted up.
 *
 * @param counts         how many took each position (every stance present, zero included)
 * @param who            usernames per position, sorted
 * @param reasons        the non-empty reasons, in the order of {@code who}
 * @param byMunicipality per municipality (empty name for members without one), counts per position
 * @param result         see {@link Consensus#result}
 */
public record Tally(Map<Stance, Integer> counts, Map<Stance, List<String>> who, List<Position> reasons,
                   Map<String, Map<Stance, Integer>> byMunicipality, Consensus.Result result) {

    public Tally {
        counts = Map.copyOf(counts);
        who = Map.copyOf(who);
        reasons = List.copyOf(reasons);
        // sorted by municipality for display
        byMunicipality = Collections.unmodifiableMap(new TreeMap<>(byMunicipality));
    }

    public int count(Stance stance) {
        return counts.getOrDefault(stance, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
