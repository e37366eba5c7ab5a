package org.taiwa.offset.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.taiwa.offset.Category;
import org.taiwa.offset.OffsetCalculator;
import org.taiwa.offset.TravelMode;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * The calculator's words and numbers in the UI language, shared by the views and the exports (which run outside
 * a UI, so they get one of these instead of calling {@code getTranslation}).
 */
final class OffsetTexts {

    /** Translates a key with parameters, as {@code Component.getTranslation} does. */
    @FunctionalInterface
    interface Translator {
        String get(String key, Object... params);
    }

    /** Items the bundle names; items a secretariat adds later (another supplier) show their code. */
    private static final Set<String> NAMED_ITEMS = Stream.concat(
            Stream.of(OffsetCalculator.DEFAULT_ELECTRICITY, OffsetCalculator.CITY_GAS, OffsetCalculator.LPG,
                    OffsetCalculator.KEROSENE, OffsetCalculator.HOTEL_NIGHT, OffsetCalculator.MEAL,
                    OffsetCalculator.PAPER_SHEET, OffsetCalculator.WASTE),
            Arrays.stream(TravelMode.values()).map(TravelMode::code)).collect(Collectors.toSet());
    private static final Set<String> NAMED_UNITS = Set.of("kWh", "m3", "kg", "L", "passenger-km", "person-night",
            "meal", "sheet");

    private final Translator translator;
    private final Locale locale;

    OffsetTexts(Translator translator, Locale locale) {
        this.translator = translator;
        this.locale = locale;
    }

    static OffsetTexts of(Component component) {
        UI ui = UI.getCurrent();
        return new OffsetTexts(component::getTranslation, ui == null ? Locale.JAPANESE : ui.getLocale());
    }

    String get(String key, Object... params) {
        return translator.get(key, params);
    }

    Locale locale() {
        return locale;
    }

    String category(Category category) {
        return get("offset.category." + category.code());
    }

    String item(String item) {
        return NAMED_ITEMS.contains(item) ? get("offset.item." + item) : item;
    }

    String mode(TravelMode mode) {
        return item(mode.code());
    }

    String unit(String unit) {
        return NAMED_UNITS.contains(unit) ? get("offset.unit." + unit) : unit;
    }

    /** Grouped digits, at most {@code decimals} after the point: 12,345.678. */
    String number(BigDecimal value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    String kg(BigDecimal kg) {
        return number(kg, 3);
    }

    String tonnes(BigDecimal tonnes) {
        return number(tonnes, 3);
    }
}
