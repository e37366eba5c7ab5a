package org.taiwa.offset.internal;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.offset.EventFootprint;
import org.taiwa.offset.EventFootprints;
import org.taiwa.offset.FactorSet;
import org.taiwa.offset.FactorSets;
import org.taiwa.offset.InvalidEventInputException;
import org.taiwa.offset.OffsetNotFoundException;
import org.taiwa.offset.internal.OffsetJson.EstimateJson;
import org.taiwa.offset.internal.OffsetJson.FootprintJson;

import tools.jackson.databind.JsonNode;

/**
 * A municipality's event footprints (signed in; saving for one's own municipality or as the secretariat). The
 * body of a new footprint is the estimate's body plus {@code eventName}, {@code firstDay}, {@code lastDay}.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class FootprintApi {

    private final EventFootprints footprints;
    private final FactorSets factorSets;

    FootprintApi(EventFootprints footprints, FactorSets factorSets) {
        this.footprints = footprints;
        this.factorSets = factorSets;
    }

    @GetMapping("/municipalities/{id}/event-footprints")
    List<FootprintJson> byMunicipality(@PathVariable String id) {
        return footprints.byMunicipality(municipality(id)).stream().map(FootprintJson::of).toList();
    }

    @PostMapping(path = "/municipalities/{id}/event-footprints", consumes = "application/json")
    ResponseEntity<FootprintJson> save(@PathVariable String id, @RequestBody JsonNode body) {
        EstimateRequest request = EstimateRequest.parse(body);
        LocalDate firstDay = date(body, "firstDay");
        LocalDate lastDay = date(body, "lastDay");
        JsonNode name = body.get("eventName");
        EventFootprint saved = footprints.save(municipality(id), name != null && name.isString() ? name.stringValue()
                : null, firstDay, lastDay, request.inputs());
        return ResponseEntity.created(URI.create("/api/offset/footprints/" + saved.id())).body(FootprintJson.of(saved));
    }

    @GetMapping("/offset/footprints/{id}")
    FootprintJson one(@PathVariable String id) {
        return FootprintJson.of(get(id));
    }

    /** The footprint's inputs under another set: the active one unless {@code factorSetId} names one. */
    @GetMapping("/offset/footprints/{id}/recalculated")
    EstimateJson recalculated(@PathVariable String id, @RequestParam(required = false) String factorSetId) {
        FactorSet set = factorSetId == null ? factorSets.active() : factorSets.find(factorSetId)
                .orElseThrow(() -> new OffsetNotFoundException("factor set", factorSetId));
        return EstimateJson.of(footprints.recalculate(get(id), set));
    }

    private EventFootprint get(String id) {
        return footprints.find(id).orElseThrow(() -> new OffsetNotFoundException("event footprint", id));
    }

    private static MunicipalityId municipality(String id) {
        try {
            return new MunicipalityId(id);
        } catch (IllegalArgumentException e) {
            throw new OffsetNotFoundException("municipality", id);
        }
    }

    private static LocalDate date(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asString());
        } catch (DateTimeException e) {
            throw InvalidEventInputException.of(field, InvalidEventInputException.BAD_DATE, null);
        }
    }
}
