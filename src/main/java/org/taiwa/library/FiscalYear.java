package org.taiwa.library;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Japanese fiscal year (年度), April to March, named by the calendar year it starts in: FY2011 runs from
 * April 2011 to March 2012 and is 平成23年度. Shown with its era and Western year ({@code 平成23年度 (2011)}),
 * and parsed from either ({@code 平成23年度}, {@code H23}, {@code 2011年度}, {@code 2011}).
 *
 * <p>Which era names a fiscal year: the one in force on 1 October of its starting year, i.e. for most of
 * the year. So FY2019 (April 2019 – March 2020, Heisei until 30 April) is {@code 令和元年度}, the label
 * the government itself used once the era changed, while FY1988 stays {@code 昭和63年度}. Older labels
 * of such years are still understood: {@code 平成31年度} parses to 2019 as well. Era years are counted
 * from the era's first calendar year, and the first year of an era is written 元 (元年度).
 *
 * <p>Pure logic without Spring; the search module uses {@link #parse} and {@link #aliases} to
 * understand era years both ways.
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

    /** The first fiscal year that ran from April (1886) and a generous end. */
    public static final int FIRST = 1886;
    public static final int LAST = 2999;

    private static final Pattern ERA_FORM = Pattern.compile(
            "^(明治|大正|昭和|平成|令和|[MTSHR])\\.?\\s*(元|\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*(?:年度?)?$");
    private static final Pattern WESTERN_FORM = Pattern.compile("^(?:FY\\s*)?(\\d{4})\\s*(?:年度?)?$");
    private static final Pattern LABEL_FORM = Pattern.compile("^(.+?)\\s*\\((\\d{4})\\)$");
    private static final Pattern ENGLISH_LABEL_FORM = Pattern.compile("^FY\\s*(\\d{4})\\s*\\(.*\\)$");
    private static final String KANJI_DIGITS = "〇一二三四五六七八九";

    public FiscalYear {
        if (year < FIRST || year > LAST) {
            throw new IllegalArgumentException("a fiscal year must lie between " + FIRST + " and " + LAST + ": " + year);
        }
    }

    public static FiscalYear of(int year) {
        return new FiscalYear(year);
    }

    /** The era label alone: {@code 平成23年度}, {@code 令和元年度}. */
    public String eraLabel() {
        Era era = Era.naming(year);
        return era.nameJa + eraYearJa(era) + "年度";
    }

    /** {@code 平成23年度 (2011)}: how the portal shows a fiscal year in Japanese. */
    public String labelJa() {
        return eraLabel() + " (" + year + ")";
    }

    /** {@code FY2011 (Heisei 23)}: the English form. */
    public String labelEn() {
        Era era = Era.naming(year);
        return "FY" + year + " (" + era.nameEn + " " + (year - era.firstCalendarYear + 1) + ")";
    }

    /** The label in the given language: English for English, Japanese otherwise. */
    public String label(Locale locale) {
        return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? labelEn() : labelJa();
    }

    /**
     * The ways people write this year, for search: {@code 2011年度}, {@code 平成23年度}, {@code H23},
     * {@code 2011}, plus the older era's label for a year in which the era changed ({@code 平成31年度}).
     */
    public List<String> aliases() {
        Era era = Era.naming(year);
        var aliases = new java.util.ArrayList<>(List.of(year + "年度", eraLabel(),
                String.valueOf(era.letter) + (year - era.firstCalendarYear + 1), String.valueOf(year)));
        if (era.ordinal() > 0 && year == era.firstCalendarYear) {
            Era previous = Era.values()[era.ordinal() - 1];
            aliases.add(previous.nameJa + (year - previous.firstCalendarYear + 1) + "年度");
        }
        return List.copyOf(aliases);
    }

    /**
     * Reads a fiscal year written with an era ({@code 平成23年度}, {@code 平成二十三年度}, {@code H23},
     * {@code h.23}, {@code 令和元年}) or in Western years ({@code 2011年度}, {@code 2011}, {@code FY2011}),
     * also in full-width characters and as the portal's own labels {@code 平成23年度 (2011)} and
     * {@code FY2011 (Heisei 23)}.
     *
     * @return empty when the text is not a fiscal year or names an era year the era never had
     */
    public static Optional<FiscalYear> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String clean = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        Matcher english = ENGLISH_LABEL_FORM.matcher(clean);
        if (english.matches()) {
            return western(Integer.parseInt(english.group(1)));
        }
        Matcher label = LABEL_FORM.matcher(clean);
        if (label.matches()) {
            // both halves must agree: 平成23年度 (2012) is a typing error, not a year
            int western = Integer.parseInt(label.group(2));
            return parse(label.group(1)).filter(era -> era.year() == western);
        }
        Matcher western = WESTERN_FORM.matcher(clean);
        if (western.matches()) {
            return western(Integer.parseInt(western.group(1)));
        }
        Matcher era = ERA_FORM.matcher(clean);
        if (era.matches()) {
            int eraYear = eraYearNumber(era.group(2));
            return Era.of(era.group(1)).flatMap(e -> eraYear(e, eraYear));
        }
        return Optional.empty();
    }

    /** 元, 23 or 二十三 (kanji numerals as printed in vertical text). */
    private static int eraYearNumber(String text) {
        if ("元".equals(text)) {
            return 1;
        }
        if (Character.isDigit(text.charAt(0))) {
            return Integer.parseInt(text);
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            return text.length() == 1 ? KANJI_DIGITS.indexOf(text.charAt(0)) : -1;
        }
        String tens = text.substring(0, ten);
        String ones = text.substring(ten + 1);
        int tensValue = tens.isEmpty() ? 1 : tens.length() == 1 ? KANJI_DIGITS.indexOf(tens.charAt(0)) : -1;
        int onesValue = ones.isEmpty() ? 0 : ones.length() == 1 ? KANJI_DIGITS.indexOf(ones.charAt(0)) : -1;
        return tensValue < 1 || onesValue < 0 ? -1 : tensValue * 10 + onesValue;
    }

    private static Optional<FiscalYear> eraYear(Era era, int eraYear) {
        int year = era.firstCalendarYear + eraYear - 1;
        if (eraYear < 1 || year > era.lastCalendarYear) {
            return Optional.empty();
        }
        return western(year);
    }

    private static Optional<FiscalYear> western(int year) {
        return year >= FIRST && year <= LAST ? Optional.of(new FiscalYear(year)) : Optional.empty();
    }

    private String eraYearJa(Era era) {
        int eraYear = year - era.firstCalendarYear + 1;
        return eraYear == 1 ? "元" : String.valueOf(eraYear);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    @Override
    public String toString() {
        return labelJa();
    }
}
