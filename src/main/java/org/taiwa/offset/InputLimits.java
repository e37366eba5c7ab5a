package org.taiwa.offset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The plausible ranges of an event's inputs. Above them a figure is a typing error (an extra zero, a value in
 * the wrong unit), not an event: the largest events in Japan have some hundreds of thousands of visitors.
 * The form and the API report the same problems, each naming its field.
 */
public final class InputLimits {

    /** A field that is out of range; {@code code} is the i18n key, {@code limit} the bound it crossed. */
    public record FieldProblem(String field, String code, BigDecimal limit) {
    }

    public static final int MAX_PARTICIPANTS = 1_000_000;
    public static final int MAX_DAYS = 366;
    public static final int MAX_TRAVEL_LEGS = 20;
    public static final BigDecimal MAX_ELECTRICITY_KWH = new BigDecimal("100000000");
    public static final BigDecimal MAX_FUEL = new BigDecimal("10000000");
    public static final BigDecimal MAX_ROUND_TRIP_KM = new BigDecimal("20000");
    public static final int MAX_COUNT = 10_000_000;
    public static final int MAX_PAPER_SHEETS = 100_000_000;
    public static final BigDecimal MAX_WASTE_KG = new BigDecimal("10000000");

    public static final String TOO_SMALL = "offset.input.too-small";
    public static final String TOO_LARGE = "offset.input.too-large";
    public static final String NEGATIVE = "offset.input.negative";
    public static final String TOO_MANY_LEGS = "offset.input.too-many-legs";
    public static final String MORE_TRAVELLERS = "offset.input.more-travellers-than-participants";

    private InputLimits() {
    }

    /** Every problem of the inputs; empty when they can be calculated. */
    public static List<FieldProblem> problems(EventInputs in) {
        var problems = new ArrayList<FieldProblem>();
        count(problems, "participants", in.participants(), 1, MAX_PARTICIPANTS);
        count(problems, "days", in.days(), 1, MAX_DAYS);
        amount(problems, "electricityKwh", in.electricityKwh(), MAX_ELECTRICITY_KWH);
        amount(problems, "cityGasM3", in.cityGasM3(), MAX_FUEL);
        amount(problems, "lpgKg", in.lpgKg(), MAX_FUEL);
        amount(problems, "keroseneLitres", in.keroseneLitres(), MAX_FUEL);
        if (in.travel().size() > MAX_TRAVEL_LEGS) {
            problems.add(new FieldProblem("travel", TOO_MANY_LEGS, BigDecimal.valueOf(MAX_TRAVEL_LEGS)));
        }
        long travellers = 0;
        for (int i = 0; i < Math.min(in.travel().size(), MAX_TRAVEL_LEGS); i++) {
            TravelLeg leg = in.travel().get(i);
            count(problems, "travel[" + i + "].persons", leg.persons(), 0, MAX_PARTICIPANTS);
            amount(problems, "travel[" + i + "].roundTripKm", leg.roundTripKm(), MAX_ROUND_TRIP_KM);
            travellers += Math.max(0, leg.persons());
        }
        // a person may change modes (rail, then bus), so up to two legs each
        if (in.participants() > 0 && travellers > 2L * in.participants()) {
            problems.add(new FieldProblem("travel", MORE_TRAVELLERS, BigDecimal.valueOf(2L * in.participants())));
        }
        count(problems, "accommodationNights", in.accommodationNights(), 0, MAX_COUNT);
        count(problems, "meals", in.meals(), 0, MAX_COUNT);
        count(problems, "paperSheets", in.paperSheets(), 0, MAX_PAPER_SHEETS);
        amount(problems, "wasteKg", in.wasteKg(), MAX_WASTE_KG);
        return problems;
    }

    private static void count(List<FieldProblem> problems, String field, long value, long min, long max) {
        if (value < 0 && min == 0) {
            problems.add(new FieldProblem(field, NEGATIVE, BigDecimal.ZERO));
        } else if (value < min) {
            problems.add(new FieldProblem(field, TOO_SMALL, BigDecimal.valueOf(min)));
        } else if (value > max) {
            problems.add(new FieldProblem(field, TOO_LARGE, BigDecimal.valueOf(max)));
        }
    }

    private static void amount(List<FieldProblem> problems, String field, BigDecimal value, BigDecimal max) {
        if (value.signum() < 0) {
            problems.add(new FieldProblem(field, NEGATIVE, BigDecimal.ZERO));
        } else if (value.compareTo(max) > 0) {
            problems.add(new FieldProblem(field, TOO_LARGE, max));
        }
    }
}
