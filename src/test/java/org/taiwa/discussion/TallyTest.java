package org.taiwa.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TallyTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @ParameterizedTest(name = "agree={0} abstain={1} disagree={2} block={3} -> {4}")
    @CsvSource({
            "0, 0, 0, 0, NOT_AGREED",
            "1, 0, 0, 0, AGREED",
            "0, 3, 0, 0, NOT_AGREED",
            "2, 5, 1, 0, AGREED",
            "2, 0, 2, 0, NOT_AGREED",
            "1, 0, 2, 0, NOT_AGREED",
            "9, 0, 0, 1, BLOCKED",
            "0, 0, 0, 1, BLOCKED",
            "3, 1, 1, 2, BLOCKED",
    })
    void result_follows_the_documented_rule(int agree, int abstain, int disagree, int block, Consensus.Result result) {
        List<Position> positions = new ArrayList<>();
        add(positions, Stance.AGREE, agree);
        add(positions, Stance.ABSTAIN, abstain);
        add(positions, Stance.DISAGREE, disagree);
        add(positions, Stance.BLOCK, block);

        Tally tally = Consensus.tally(positions);

        assertThat(tally.result()).isEqualTo(result);
        assertThat(tally.count(Stance.AGREE)).isEqualTo(agree);
        assertThat(tally.count(Stance.ABSTAIN)).isEqualTo(abstain);
        assertThat(tally.count(Stance.DISAGREE)).isEqualTo(disagree);
        assertThat(tally.count(Stance.BLOCK)).isEqualTo(block);
        assertThat(tally.total()).isEqualTo(agree + abstain + disagree + block);
    }

    @Test
    void names_reasons_and_municipalities_are_counted() {
        Tally tally = Consensus.tally(List.of(
                new Position("staff.shinjuku", "新宿区", Stance.AGREE, "", AT),
                new Position("staff.minato", "港区", Stance.DISAGREE, "費用が不明", AT),
                new Position("approver.minato", "港区", Stance.AGREE, "良い案", AT),
                new Position("academic.yamada", "", Stance.ABSTAIN, "", AT)));

        assertThat(tally.who().get(Stance.AGREE)).containsExactly("approver.minato", "staff.shinjuku");
        assertThat(tally.who().get(Stance.BLOCK)).isEmpty();
        assertThat(tally.reasons()).extracting(Position::reason).containsExactly("良い案", "費用が不明");
        assertThat(tally.byMunicipality()).containsOnlyKeys("", "港区", "新宿区");
        assertThat(tally.byMunicipality().get("港区")).containsEntry(Stance.AGREE, 1).containsEntry(Stance.DISAGREE, 1);
        assertThat(tally.result()).isEqualTo(Consensus.Result.AGREED);
    }

    private static void add(List<Position> positions, Stance stance, int n) {
        for (int i = 0; i < n; i++) {
            positions.add(new Position(stance + "." + i, "港区", stance, "", AT));
        }
    }
}
