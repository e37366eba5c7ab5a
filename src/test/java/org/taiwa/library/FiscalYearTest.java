package org.taiwa.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2009 | 平成21年度 (2009) | FY2009 (Heisei 21)
            2011 | 平成23年度 (2011) | FY2011 (Heisei 23)
            2012 | 平成24年度 (2012) | FY2012 (Heisei 24)
            2018 | 平成30年度 (2018) | FY2018 (Heisei 30)
            2019 | 令和元年度 (2019)  | FY2019 (Reiwa 1)
            2020 | 令和2年度 (2020)  | FY2020 (Reiwa 2)
            1988 | 昭和63年度 (1988) | FY1988 (Showa 63)
            1989 | 平成元年度 (1989)  | FY1989 (Heisei 1)
            1926 | 大正15年度 (1926) | FY1926 (Taisho 15)
            1927 | 昭和2年度 (1927)  | FY1927 (Showa 2)
            1912 | 大正元年度 (1912)  | FY1912 (Taisho 1)
            1911 | 明治44年度 (1911) | FY1911 (Meiji 44)
            """)
    void shows_the_era_that_names_most_of_the_year_and_the_western_year(int year, String ja, String en) {
        FiscalYear fiscalYear = FiscalYear.of(year);
        assertThat(fiscalYear.labelJa()).isEqualTo(ja);
        assertThat(fiscalYear.labelEn()).isEqualTo(en);
        assertThat(fiscalYear.label(Locale.JAPANESE)).isEqualTo(ja);
        assertThat(fiscalYear.label(Locale.ENGLISH)).isEqualTo(en);
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            平成23年度         | 2011
            平成23年           | 2011
            平成 23 年度       | 2011
            平成二十三年度      | 2011
            平成二十年度        | 2008
            平成十年度          | 1998
            平成三年度          | 1991
            H23               | 2011
            h23               | 2011
            H.23              | 2011
            Ｈ２３             | 2011
            2011年度           | 2011
            ２０１１年度        | 2011
            2011              | 2011
            FY2011            | 2011
            平成23年度 (2011)   | 2011
            FY2011 (Heisei 23) | 2011
            令和元年度          | 2019
            令和元年            | 2019
            R1                | 2019
            平成31年度          | 2019
            H31               | 2019
            令和2年度           | 2020
            平成元年度          | 1989
            昭和64年度          | 1989
            昭和63年度          | 1988
            S63               | 1988
            大正15年度          | 1926
            昭和元年度          | 1926
            """)
    void reads_era_and_western_years(String text, int year) {
        assertThat(FiscalYear.parse(text)).contains(FiscalYear.of(year));
    }

    @ParameterizedTest(name = "{0} is no fiscal year")
    @ValueSource(strings = {"", "  ", "平成", "平成0年度", "平成32年度", "H32", "昭和65年度", "大正16年度", "令和0年度",
        "X23", "23", "平成23年度 (2012)", "1800", "3000年度", "hello", "平成二十三四年度"})
    void refuses_what_is_no_year_or_a_year_the_era_never_had(String text) {
        assertThat(FiscalYear.parse(text)).isEmpty();
    }

    @Test
    void null_is_no_year() {
        assertThat(FiscalYear.parse(null)).isEmpty();
    }

    @Test
    void every_label_reads_back_as_its_year() {
        for (int year = FiscalYear.FIRST; year <= 2100; year++) {
            FiscalYear fiscalYear = FiscalYear.of(year);
            assertThat(FiscalYear.parse(fiscalYear.labelJa())).as(fiscalYear.labelJa()).contains(fiscalYear);
            assertThat(FiscalYear.parse(fiscalYear.eraLabel())).as(fiscalYear.eraLabel()).contains(fiscalYear);
            assertThat(FiscalYear.parse(fiscalYear.labelEn())).as(fiscalYear.labelEn()).contains(fiscalYear);
            fiscalYear.aliases().forEach(alias -> assertThat(FiscalYear.parse(alias)).as(alias).contains(fiscalYear));
        }
    }

    @Test
    void aliases_name_the_year_both_ways_and_the_old_era_in_a_year_of_change() {
        assertThat(FiscalYear.of(2011).aliases()).containsExactly("2011年度", "平成23年度", "H23", "2011");
        assertThat(FiscalYear.of(2019).aliases()).contains("令和元年度", "R1", "2019年度", "平成31年度");
    }

    @Test
    void years_outside_the_range_are_refused() {
        assertThatThrownBy(() -> FiscalYear.of(1885)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FiscalYear.of(3000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void years_sort_in_time() {
        assertThat(FiscalYear.of(2011)).isLessThan(FiscalYear.of(2012));
    }
}
