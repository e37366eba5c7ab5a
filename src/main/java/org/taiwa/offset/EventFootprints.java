package org.taiwa.offset;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.taiwa.directory.MunicipalityId;

/**
 * Saved event footprints, per municipality. Staff of a municipality (and the secretariat) save footprints for
 * it; every signed-in member may read them, as the network reported its events openly.
 */
public interface EventFootprints {

    /** Calculates with the active factor set and stores the result for the signed-in member's municipality. */
    EventFootprint save(MunicipalityId municipality, String eventName, LocalDate firstDay, LocalDate lastDay,
                        EventInputs inputs);

    Optional<EventFootprint> find(String id);

    /** A municipality's events, latest first. */
    List<EventFootprint> byMunicipality(MunicipalityId municipality);

    /** The footprint's inputs under another factor set, e.g. one activated after it was saved. */
    Estimate recalculate(EventFootprint footprint, FactorSet set);
}
