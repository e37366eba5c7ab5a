package org.taiwa.purchase.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.taiwa.purchase.Allocation;
import org.taiwa.purchase.AllocationRule;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CampaignStatus;
import org.taiwa.purchase.SignUp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * The purchase pages' words, numbers and times in the UI language, shared by the views and the downloads (which
 * run outside a UI, so they get one of these instead of calling {@code getTranslation}). Windows are shown in
 * Japan time whatever the browser's zone, as the network announced them.
 */
final class PurchaseTexts {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Translates a key with parameters, as {@code Component.getTranslation} does. */
    @FunctionalInterface
    interface Translator {
        String get(String key, Object... params);
    }

    private final Translator translator;
    private final Locale locale;

    PurchaseTexts(Translator translator, Locale locale) {
        this.translator = translator;
        this.locale = locale;
    }

    static PurchaseTexts of(Component component) {
        UI ui = UI.getCurrent();
        return new PurchaseTexts(component::getTranslation, ui == null ? Locale.JAPANESE : ui.getLocale());
    }

    String get(String key, Object... params) {
        return translator.get(key, params);
    }

    Locale locale() {
        return locale;
    }

    String status(CampaignStatus status) {
        return get("purchase.status." + status.code());
    }

    String rule(AllocationRule rule) {
        return get("purchase.rule." + rule.code());
    }

    String reason(Allocation.Reason reason) {
        return get("purchase.reason." + reason.name().toLowerCase(Locale.ROOT));
    }

    String placement(SignUp.Placement placement) {
        return get("purchase.placement." + placement.name().toLowerCase(Locale.ROOT));
    }

    String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    String yen(long value) {
        return get("purchase.yen", number(value));
    }

    String tonnes(long value) {
        return get("purchase.tonnes", number(value));
    }

    /** A time in Japan, e.g. 2011-10-01 09:00. */
    static String japanTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(JAPAN));
    }

    static LocalDate japanDate(Instant instant) {
        return instant.atZone(JAPAN).toLocalDate();
    }

    String window(Campaign campaign) {
        return get("purchase.window", japanTime(campaign.opensAt()), japanTime(campaign.closesAt()));
    }

    /** Japanese fiscal years begin on 1 April: 2012-03-31 belongs to 2011. */
    static int fiscalYear(LocalDate date) {
        return date.getMonthValue() < 4 ? date.getYear() - 1 : date.getYear();
    }
}
