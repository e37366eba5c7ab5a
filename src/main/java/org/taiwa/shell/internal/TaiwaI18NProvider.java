package org.taiwa.shell.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Translations from {@code i18n/messages_ja.properties} and {@code i18n/messages_en.properties}.
 * Japanese comes first and is the fallback for any other language.
 */
@Component
public class TaiwaI18NProvider implements I18NProvider {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final Logger log = LoggerFactory.getLogger(TaiwaI18NProvider.class);
    private static final String BUNDLE = "i18n/messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(JAPANESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = ENGLISH.getLanguage().equals(locale == null ? "" : locale.getLanguage()) ? ENGLISH : JAPANESE;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
        } catch (MissingResourceException e) {
            log.warn("No translation for '{}' in {}", key, language);
            return "!" + key;
        }
    }
}
