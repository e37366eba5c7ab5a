package org.taiwa.discussion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts positions on a proposal; pure, so that the rule of the result is tested by a table (TallyTest). */
public final class Consensus {

    /** What the positions amount to. */
    public enum Result { BLOCKED, AGREED, NOT_AGREED }

    private Consensus() {
    }

    /**
     * The rule, as in Loomio's consent process: a single block stops a proposal; otherwise it is agreed
     * when more agree than disagree (abstentions count for neither side); with no positions, or a tie,
     * it is not agreed.
     */
    public static Result result(int agree, int disagree, int block) {
        if (block > 0) {
            return Result.BLOCKED;
        }
        return agree > disagree ? Result.AGREED : Result.NOT_AGREED;
    }

    /** Counts, names, reasons and per-municipality figures of the positions (one per member). */
    public static Tally tally(Collection<Position> positions) {
        List<Position> sorted = positions.stream().sorted(Comparator.comparing(Position::username)).toList();
        Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
        Map<Stance, List<String>> who = new EnumMap<>(Stance.class);
        for (Stance stance : Stance.values()) {
            counts.put(stance, 0);
            who.put(stance, new ArrayList<>());
        }
        Map<String, Map<Stance, Integer>> byMunicipality = new TreeMap<>();
        List<Position> reasons = new ArrayList<>();
        for (Position p : sorted) {
            counts.merge(p.stance(), 1, Integer::sum);
            who.get(p.stance()).add(p.username());
            byMunicipality.computeIfAbsent(p.municipality(), m -> new EnumMap<>(Stance.class))
                    .merge(p.stance(), 1, Integer::sum);
            if (!p.reason().isBlank()) {
                reasons.add(p);
            }
        }
        Map<Stance, List<String>> whoCopy = new EnumMap<>(Stance.class);
        who.forEach((stance, names) -> whoCopy.put(stance, List.copyOf(names)));
        Map<String, Map<Stance, Integer>> municipalityCopy = new TreeMap<>();
        byMunicipality.forEach((m, c) -> municipalityCopy.put(m, Map.copyOf(c)));
        return new Tally(counts, whoCopy, reasons, municipalityCopy, result(counts.get(Stance.AGREE),
                counts.get(Stance.DISAGREE), counts.get(Stance.BLOCK)));
    }
}
