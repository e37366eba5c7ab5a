package org.taiwa.directory;

import java.util.Map;

/** Head counts of the directory for the home page. */
public record DirectoryCounts(int total, Map<Region, Integer> byRegion, Map<MunicipalityKind, Integer> byKind,
                              Map<Participation, Integer> byParticipation) {

    public DirectoryCounts {
        byRegion = Map.copyOf(byRegion);
        byKind = Map.copyOf(byKind);
        byParticipation = Map.copyOf(byParticipation);
    }
}
