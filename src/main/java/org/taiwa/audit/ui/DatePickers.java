package org.taiwa.audit.ui;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;

/** The date picker's calendar speaks the member's language: month and day names from the JDK's locale data. */
final class DatePickers {

    private DatePickers() {
    }

    static void localize(DatePicker picker, Locale locale, String today, String cancel) {
        var symbols = DateFormatSymbols.getInstance(locale);
        var i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(sundayFirst(symbols.getWeekdays()))
                .setWeekdaysShort(sundayFirst(symbols.getShortWeekdays()))
                .setDateFormat("yyyy-MM-dd")
                .setToday(today)
                .setCancel(cancel);
        picker.setLocale(locale);
        picker.setI18n(i18n);
    }

    /** The JDK's arrays start with an empty entry, then Sunday. */
    private static List<String> sundayFirst(String[] days) {
        return Arrays.asList(days).subList(1, 8);
    }
}
