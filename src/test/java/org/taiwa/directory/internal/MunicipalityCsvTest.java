package org.taiwa.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityKind;
import org.taiwa.directory.Participation;
import org.taiwa.directory.Region;

class MunicipalityCsvTest {

    private static List<Municipality> all;

    @BeforeAll
    static void readProjectFile() throws IOException {
        try (var reader = Files.newBufferedReader(Path.of("config/tokyo-62-municipalities.csv"), StandardCharsets.UTF_8)) {
            all = MunicipalityCsv.read(reader);
        }
    }

    @Test
    void the_project_file_holds_the_62_municipalities_in_order() {
        assertThat(all).hasSize(62);
        assertThat(all.getFirst().nameJa()).isEqualTo("千代田区");
        assertThat(all.getLast().nameJa()).isEqualTo("小笠原村");
        assertThat(all).extracting(Municipality::position).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 62).boxed().toList());
        assertThat(all).extracting(Municipality::id).doesNotHaveDuplicates();
    }

    @Test
    void kinds_are_23_wards_26_cities_5_towns_8_villages() {
        assertThat(count(m -> m.kind() == MunicipalityKind.WARD)).isEqualTo(23);
        assertThat(count(m -> m.kind() == MunicipalityKind.CITY)).isEqualTo(26);
        assertThat(count(m -> m.kind() == MunicipalityKind.TOWN)).isEqualTo(5);
        assertThat(count(m -> m.kind() == MunicipalityKind.VILLAGE)).isEqualTo(8);
    }

    @Test
    void regions_are_23_wards_30_tama_9_islands() {
        assertThat(count(m -> m.region() == Region.WARDS)).isEqualTo(23);
        assertThat(count(m -> m.region() == Region.TAMA)).isEqualTo(30);
        assertThat(count(m -> m.region() == Region.ISLANDS)).isEqualTo(9);
    }

    @Test
    void participation_matches_the_press_release_20_committee_6_model_35_purchase() {
        assertThat(count(m -> m.tookPartIn(Participation.COMMITTEE_2009_2011))).isEqualTo(20);
        assertThat(count(m -> m.tookPartIn(Participation.MODEL_STUDY_2011))).isEqualTo(6);
        assertThat(count(m -> m.tookPartIn(Participation.JOINT_PURCHASE_2011))).isEqualTo(35);
    }

    @ParameterizedTest
    @CsvSource({"港区, minato", "利島村, toshima-island", "豊島区, toshima", "あきる野市, akiruno", "青ヶ島村, aogashima"})
    void ids_are_slugs_of_the_english_names(String nameJa, String id) {
        assertThat(all).filteredOn(m -> m.nameJa().equals(nameJa)).singleElement()
                .extracting(m -> m.id().value()).isEqualTo(id);
    }

    @Test
    void a_bad_row_is_reported_with_its_line() {
        String csv = """
                name_ja,name_en,kind,region,committee_2009_2011,model_study_2011,joint_purchase_2011
                港区,Minato,ward,23-wards,yes,,
                八王子市,Hachioji,metropolis,tama,,,
                """;
        assertThatThrownBy(() -> MunicipalityCsv.read(new StringReader(csv)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("metropolis");
    }

    @Test
    void a_name_that_does_not_fit_its_kind_is_rejected() {
        String csv = """
                name_ja,name_en,kind,region,committee_2009_2011,model_study_2011,joint_purchase_2011
                港区,Minato,city,23-wards,,,
                """;
        assertThatThrownBy(() -> MunicipalityCsv.read(new StringReader(csv)))
                .hasMessageContaining("港区 is not a city");
    }

    private static long count(Predicate<Municipality> predicate) {
        return all.stream().filter(predicate).count();
    }
}
