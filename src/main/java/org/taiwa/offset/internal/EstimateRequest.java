package org.taiwa.offset.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.taiwa.offset.EventInputs;
import org.taiwa.offset.InputLimits;
import org.taiwa.offset.InputLimits.FieldProblem;
import org.taiwa.offset.InvalidEventInputException;
import org.taiwa.offset.TravelLeg;
import org.taiwa.offset.TravelMode;

import tools.jackson.databind.JsonNode;

/**
 * The estimate's JSON body read field by field, so that a value of the wrong type ({@code "participants": "many"})
 * is a 400 naming its field like any out-of-range value, and every problem of a body is reported at once:
 * {@code {participants, days, electricityKwh, electricityItem?, cityGasM3, lpgKg?, keroseneLitres?,
 * travel: [{mode, persons, roundTripKm}], accommodationNights, meals, paperSheets, wasteKg, factorSetId?}}.
 */
record EstimateRequest(EventInputs inputs, String factorSetId) {

    /** Beyond every limit: a number too large for its type still reads as "too large", not as an error. */
    private static final BigDecimal HUGE = new BigDecimal("1E+30");

    /** @throws InvalidEventInputException naming every field that is missing, of the wrong type or out of range */
    static EstimateRequest parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidEventInputException.of("body", InvalidEventInputException.REQUIRED, null);
        }
        var reader = new Reader();
        int participants = reader.count(body.get("participants"), "participants", true);
        int days = reader.count(body.get("days"), "days", true);
        BigDecimal electricity = reader.number(body.get("electricityKwh"), "electricityKwh", false);
        String electricityItem = reader.text(body, "electricityItem", InvalidEventInputException.UNKNOWN_ITEM);
        BigDecimal cityGas = reader.number(body.get("cityGasM3"), "cityGasM3", false);
        BigDecimal lpg = reader.number(body.get("lpgKg"), "lpgKg", false);
        BigDecimal kerosene = reader.number(body.get("keroseneLitres"), "keroseneLitres", false);
        List<TravelLeg> travel = reader.travel(body.get("travel"));
        int nights = reader.count(body.get("accommodationNights"), "accommodationNights", false);
        int meals = reader.count(body.get("meals"), "meals", false);
        int sheets = reader.count(body.get("paperSheets"), "paperSheets", false);
        BigDecimal waste = reader.number(body.get("wasteKg"), "wasteKg", false);
        String factorSetId = reader.text(body, "factorSetId", InvalidEventInputException.UNKNOWN_FACTOR_SET);
        var inputs = new EventInputs(participants, days, electricity, electricityItem, cityGas, lpg, kerosene, travel,
                nights, meals, sheets, waste);
        var problems = new ArrayList<>(reader.problems);
        Set<String> reported = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
        // a field already reported as missing or mistyped is not also "too small"
        InputLimits.problems(inputs).stream().filter(p -> !reported.contains(p.field())).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidEventInputException(problems);
        }
        return new EstimateRequest(inputs, factorSetId);
    }

    private static final class Reader {

        final List<FieldProblem> problems = new ArrayList<>();

        int count(JsonNode node, String field, boolean required) {
            BigDecimal value = number(node, field, required);
            if (value == null) {
                return 0;
            }
            if (value.stripTrailingZeros().scale() > 0) {
                problems.add(new FieldProblem(field, InvalidEventInputException.NOT_A_WHOLE_NUMBER, null));
                return 0;
            }
            // clamped, so that InputLimits reports 10^12 as too large rather than overflowing
            return value.max(BigDecimal.valueOf(Integer.MIN_VALUE)).min(BigDecimal.valueOf(Integer.MAX_VALUE))
                    .intValue();
        }

        String text(JsonNode parent, String field, String code) {
            JsonNode node = parent.get(field);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isString()) {
                problems.add(new FieldProblem(field, code, null));
                return null;
            }
            return node.stringValue();
        }

        List<TravelLeg> travel(JsonNode node) {
            if (node == null || node.isNull()) {
                return List.of();
            }
            if (!node.isArray()) {
                problems.add(new FieldProblem("travel", InvalidEventInputException.NOT_A_LIST, null));
                return List.of();
            }
            var legs = new ArrayList<TravelLeg>();
            // one more than allowed is enough for InputLimits to say "too many"; the rest is not even read
            for (JsonNode leg : node.values().stream().limit(InputLimits.MAX_TRAVEL_LEGS + 1L).toList()) {
                String prefix = "travel[" + legs.size() + "].";
                if (!leg.isObject()) {
                    problems.add(new FieldProblem("travel[" + legs.size() + "]",
                            InvalidEventInputException.NOT_A_LIST, null));
                    legs.add(new TravelLeg(TravelMode.WALK_BICYCLE, 0, BigDecimal.ZERO));
                    continue;
                }
                JsonNode mode = leg.get("mode");
                TravelMode parsed = mode != null && mode.isString() ? TravelMode.parse(mode.stringValue()).orElse(null)
                        : null;
                if (parsed == null) {
                    problems.add(new FieldProblem(prefix + "mode", mode == null || mode.isNull()
                            ? InvalidEventInputException.REQUIRED : InvalidEventInputException.UNKNOWN_MODE, null));
                }
                int persons = count(leg.get("persons"), prefix + "persons", false);
                BigDecimal km = number(leg.get("roundTripKm"), prefix + "roundTripKm", false);
                legs.add(new TravelLeg(parsed == null ? TravelMode.WALK_BICYCLE : parsed, persons, km));
            }
            return legs;
        }

        BigDecimal number(JsonNode node, String field, boolean required) {
            if (node == null || node.isNull()) {
                if (required) {
                    problems.add(new FieldProblem(field, InvalidEventInputException.REQUIRED, null));
                }
                return null;
            }
            if (!node.isNumber()) {
                problems.add(new FieldProblem(field, InvalidEventInputException.NOT_A_NUMBER, null));
                return null;
            }
            if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
                return HUGE;
            }
            BigDecimal value = node.decimalValue();
            return value.abs().compareTo(HUGE) > 0 ? HUGE.multiply(BigDecimal.valueOf(value.signum())) : value;
        }
    }
}
