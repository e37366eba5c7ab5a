package org.taiwa.offset.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.taiwa.offset.Category;
import org.taiwa.offset.FactorSet;
import org.taiwa.offset.FactorSets;
import org.taiwa.offset.InvalidEventInputException;
import org.taiwa.offset.OffsetNotFoundException;
import org.taiwa.offset.Provenance;
import org.taiwa.offset.internal.OffsetJson.EstimateJson;
import org.taiwa.offset.internal.OffsetJson.FactorSetJson;
import org.taiwa.security.RateLimit;
import org.taiwa.security.RateLimits;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * The public estimate and the factor registry. {@code POST /api/offset/estimate} and
 * {@code GET /api/offset/factor-sets/active} need no sign-in (the security configuration permits exactly these);
 * the estimate is rate-limited per client address ({@link RateLimit#ESTIMATE}; {@link HttpServletRequest#getRemoteAddr()}
 * is the client's behind a proxy with {@code server.forward-headers-strategy}).
 */
@RestController
@RequestMapping(path = "/api/offset", produces = "application/json")
class OffsetApi {

    private final FactorSets factorSets;
    private final RateLimits rateLimits;

    OffsetApi(FactorSets factorSets, RateLimits rateLimits) {
        this.factorSets = factorSets;
        this.rateLimits = rateLimits;
    }

    @PostMapping(path = "/estimate", consumes = "application/json")
    EstimateJson estimate(@RequestBody JsonNode body, HttpServletRequest request) {
        rateLimits.take(RateLimit.ESTIMATE, request.getRemoteAddr());
        EstimateRequest parsed = EstimateRequest.parse(body);
        FactorSet set = parsed.factorSetId() == null ? factorSets.active() : factorSets.find(parsed.factorSetId())
                .orElseThrow(() -> InvalidEventInputException.of("factorSetId",
                        InvalidEventInputException.UNKNOWN_FACTOR_SET, null));
        return EstimateJson.of(MongoEventFootprints.estimate(parsed.inputs(), set));
    }

    @GetMapping("/factor-sets/active")
    FactorSetJson active() {
        return FactorSetJson.of(factorSets.active());
    }

    @GetMapping("/factor-sets")
    List<FactorSetJson> all() {
        return factorSets.all().stream().map(FactorSetJson::of).toList();
    }

    @GetMapping("/factor-sets/{id}")
    FactorSetJson one(@PathVariable String id) {
        return factorSets.find(id).map(FactorSetJson::of).orElseThrow(() -> new OffsetNotFoundException("factor set", id));
    }

    @PostMapping(path = "/factor-sets/{id}/copy", consumes = "application/json")
    ResponseEntity<FactorSetJson> copy(@PathVariable String id, @RequestBody CopyRequest request) {
        int fiscalYear = request.fiscalYear() != null ? request.fiscalYear() : factorSets.find(id)
                .map(FactorSet::fiscalYear).orElseThrow(() -> new OffsetNotFoundException("factor set", id));
        FactorSet copy = factorSets.copy(id, request.name(), fiscalYear);
        return ResponseEntity.created(URI.create("/api/offset/factor-sets/" + copy.id())).body(FactorSetJson.of(copy));
    }

    @PutMapping(path = "/factor-sets/{id}/factors/{category}/{item}", consumes = "application/json")
    FactorSetJson updateFactor(@PathVariable String id, @PathVariable String category, @PathVariable String item,
                               @RequestBody FactorChange change) {
        Category parsed = Category.parse(category)
                .orElseThrow(() -> new OffsetNotFoundException("factor category", category));
        var source = new Provenance(orEmpty(change.publisher()), orEmpty(change.title()), change.edition(),
                change.url(), change.note());
        return FactorSetJson.of(factorSets.updateFactor(id, parsed, item, change.value(),
                Boolean.TRUE.equals(change.estimate()), source));
    }

    @PostMapping("/factor-sets/{id}/activate")
    FactorSetJson activate(@PathVariable String id) {
        return FactorSetJson.of(factorSets.activate(id));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    record CopyRequest(String name, Integer fiscalYear) {
    }

    record FactorChange(BigDecimal value, Boolean estimate, String publisher, String title, String edition, String url,
                        String note) {
    }
}
