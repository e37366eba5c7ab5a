package org.taiwa.offset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputLimitsTest {

    private static EventInputs with(String field, String value) {
        BigDecimal number = new BigDecimal(value);
        int count = number.intValue();
        return switch (field) {
            case "participants" -> new EventInputs(count, 1, null, null, null, null, null, List.of(), 0, 0, 0, null);
            case "days" -> new EventInputs(10, count, null, null, null, null, null, List.of(), 0, 0, 0, null);
            case "electricityKwh" -> new EventInputs(10, 1, number, null, null, null, null, List.of(), 0, 0, 0, null);
            case "cityGasM3" -> new EventInputs(10, 1, null, null, number, null, null, List.of(), 0, 0, 0, null);
            case "meals" -> new EventInputs(10, 1, null, null, null, null, null, List.of(), 0, count, 0, null);
            case "paperSheets" -> new EventInputs(10, 1, null, null, null, null, null, List.of(), 0, 0, count, null);
            case "wasteKg" -> new EventInputs(10, 1, null, null, null, null, null, List.of(), 0, 0, 0, number);
            case "travel[0].roundTripKm" -> EventInputs.of(10, 1).withTravel(List.of(
                    new TravelLeg(TravelMode.BUS, 10, number)));
            case "travel[0].persons" -> EventInputs.of(1_000_000, 1).withTravel(List.of(
                    new TravelLeg(TravelMode.BUS, count, BigDecimal.TEN)));
            default -> throw new IllegalArgumentException(field);
        };
    }

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            participants          | 0          | offset.input.too-small | 1
            participants          | 1000000000 | offset.input.too-large | 1000000
            days                  | 0          | offset.input.too-small | 1
            days                  | 400        | offset.input.too-large | 366
            electricityKwh        | -1         | offset.input.negative  | 0
            electricityKwh        | 1E+9       | offset.input.too-large | 100000000
            cityGasM3             | -0.5       | offset.input.negative  | 0
            meals                 | -3         | offset.input.negative  | 0
            paperSheets           | 200000000  | offset.input.too-large | 100000000
            wasteKg               | 10000001   | offset.input.too-large | 10000000
            travel[0].roundTripKm | 50000      | offset.input.too-large | 20000
            travel[0].persons     | -2         | offset.input.negative  | 0
            """)
    void an_implausible_value_is_a_problem_of_its_own_field(String field, String value, String code, String limit) {
        assertThat(InputLimits.problems(with(field, value))).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.limit()).isEqualByComparingTo(limit);
        });
    }

    @Test
    void a_plausible_event_has_no_problem_and_every_problem_of_a_bad_one_is_reported_at_once() {
        assertThat(InputLimits.problems(with("participants", "120"))).isEmpty();
        var bad = new EventInputs(0, 0, new BigDecimal("-1"), null, null, null, null, List.of(), -1, 0, 0, null);
        assertThat(InputLimits.problems(bad)).extracting(InputLimits.FieldProblem::field)
                .containsExactly("participants", "days", "electricityKwh", "accommodationNights");
    }

    @Test
    void more_travellers_than_twice_the_participants_or_too_many_rows_are_refused() {
        var crowd = EventInputs.of(10, 1).withTravel(List.of(new TravelLeg(TravelMode.RAIL, 21, BigDecimal.ONE)));
        assertThat(InputLimits.problems(crowd)).extracting(InputLimits.FieldProblem::code)
                .containsExactly(InputLimits.MORE_TRAVELLERS);
        var rows = EventInputs.of(100, 1).withTravel(Collections.nCopies(21,
                new TravelLeg(TravelMode.BUS, 1, BigDecimal.ONE)));
        assertThat(InputLimits.problems(rows)).extracting(InputLimits.FieldProblem::code)
                .containsExactly(InputLimits.TOO_MANY_LEGS);
    }
}
