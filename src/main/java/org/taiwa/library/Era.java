package org.taiwa.library;

import java.util.Optional;

/** The eras since fiscal years began (see {@link FiscalYear}); an era's years are counted from its first calendar year. */
enum Era {
    MEIJI("明治", "Meiji", 'M', 1868, 1868, 1912),
    TAISHO("大正", "Taisho", 'T', 1912, 1912, 1926),
    SHOWA("昭和", "Showa", 'S', 1926, 1927, 1989),
    HEISEI("平成", "Heisei", 'H', 1989, 1989, 2019),
    REIWA("令和", "Reiwa", 'R', 2019, 2019, Integer.MAX_VALUE);

    final String nameJa;
    final String nameEn;
    final char letter;
    /** Calendar year of the era's year 1. */
    final int firstCalendarYear;
    /** The first fiscal year the era names (the era is in force on 1 October of that year). */
    final int firstFiscalYear;
    /** The last calendar year that was, at least in part, in this era. */
    final int lastCalendarYear;

    Era(String nameJa, String nameEn, char letter, int firstCalendarYear, int firstFiscalYear,
        int lastCalendarYear) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.letter = letter;
        this.firstCalendarYear = firstCalendarYear;
        this.firstFiscalYear = firstFiscalYear;
        this.lastCalendarYear = lastCalendarYear;
    }

    static Era naming(int fiscalYear) {
        Era found = MEIJI;
        for (Era era : values()) {
            if (fiscalYear >= era.firstFiscalYear) {
                found = era;
            }
        }
        return found;
    }

    static Optional<Era> of(String token) {
        for (Era era : values()) {
            if (era.nameJa.equals(token) || (token.length() == 1 && token.charAt(0) == era.letter)) {
                return Optional.of(era);
            }
        }
        return Optional.empty();
    }
}
