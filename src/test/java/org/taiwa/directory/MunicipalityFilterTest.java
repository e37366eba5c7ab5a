package org.taiwa.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class MunicipalityFilterTest {

    private static final Municipality MINATO = new Municipality(new MunicipalityId("minato"), 3, "港区", "Minato",
            MunicipalityKind.WARD, Region.WARDS, Set.of(Participation.COMMITTEE_2009_2011));
    private static final Municipality NIIJIMA = new Municipality(new MunicipalityId("niijima"), 56, "新島村", "Niijima",
            MunicipalityKind.VILLAGE, Region.ISLANDS, Set.of());

    @Test
    void the_empty_filter_passes_everything() {
        assertThat(MunicipalityFilter.ALL.matches(MINATO)).isTrue();
        assertThat(MunicipalityFilter.ALL.matches(NIIJIMA)).isTrue();
    }

    @Test
    void each_part_narrows_the_list() {
        assertThat(MunicipalityFilter.ALL.withRegion(Region.ISLANDS).matches(MINATO)).isFalse();
        assertThat(MunicipalityFilter.ALL.withKind(MunicipalityKind.VILLAGE).matches(NIIJIMA)).isTrue();
        assertThat(MunicipalityFilter.ALL.withParticipation(Participation.COMMITTEE_2009_2011).matches(NIIJIMA)).isFalse();
        assertThat(MunicipalityFilter.ALL.withRegion(Region.WARDS).withKind(MunicipalityKind.WARD)
                .withParticipation(Participation.COMMITTEE_2009_2011).matches(MINATO)).isTrue();
    }

    @Test
    void text_matches_japanese_or_english_names_ignoring_case_and_spaces() {
        assertThat(MunicipalityFilter.ALL.withText(" 港 ").matches(MINATO)).isTrue();
        assertThat(MunicipalityFilter.ALL.withText("MINA").matches(MINATO)).isTrue();
        assertThat(MunicipalityFilter.ALL.withText("島").matches(MINATO)).isFalse();
        assertThat(MunicipalityFilter.ALL.withText(null).matches(MINATO)).isTrue();
    }
}
