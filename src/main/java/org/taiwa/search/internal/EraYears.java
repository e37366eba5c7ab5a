package org.taiwa.search.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.taiwa.library.FiscalYear;

/**
 * Era years both ways: a word with {@code 平成23年度} also stands for {@code 2011年度} and the other way round,
 * and likewise calendar years ({@code 平成23年} = {@code 2011年}). Works on folded text
 * ({@link TextNormalizer}); the years themselves are the library's {@link FiscalYear}. Pure.
 */
public final class EraYears {

    private static final Pattern YEAR = Pattern.compile(
            "(?:(明治|大正|昭和|平成|令和)(元|\\d{1,2})|(\\d{4}))(年度|年)");

    private EraYears() {
    }

    /** The fiscal year a whole word names ({@code H23}, {@code 平成23年度}, {@code 2011年度}, {@code FY2011}). */
    public static Optional<FiscalYear> fiscalYear(String word) {
        String folded = TextNormalizer.normalize(word);
        if (folded.matches("\\d{4}")) {
            // a bare number is a year only as a facet value, not as a word to expand
            return Optional.empty();
        }
        return FiscalYear.parse(folded);
    }

    /** The folded word with each year written the other ways, the word itself first. */
    public static List<String> expand(String word) {
        String folded = TextNormalizer.normalize(word);
        Set<String> alternatives = new LinkedHashSet<>();
        alternatives.add(folded);
        Matcher m = YEAR.matcher(folded);
        while (m.find()) {
            String suffix = m.group(4);
            Optional<FiscalYear> year = FiscalYear.parse(m.group(1) != null ? m.group(1) + m.group(2) + "年度"
                    : m.group(3) + "年度");
            for (String form : year.map(EraYears::forms).orElse(List.of())) {
                String written = "年".equals(suffix) ? form.substring(0, form.length() - 1) : form;
                alternatives.add(folded.substring(0, m.start()) + written + folded.substring(m.end()));
            }
        }
        fiscalYear(folded).filter(y -> !YEAR.matcher(folded).find())
                .ifPresent(y -> alternatives.addAll(forms(y)));
        return List.copyOf(alternatives);
    }

    /** 2011年度, 平成23年度 and, for a year in which the era changed, the older era's label. */
    private static List<String> forms(FiscalYear year) {
        return year.aliases().stream().filter(alias -> alias.endsWith("年度")).map(TextNormalizer::normalize).toList();
    }
}
