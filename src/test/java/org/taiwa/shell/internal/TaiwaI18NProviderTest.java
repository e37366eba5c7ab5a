package org.taiwa.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class TaiwaI18NProviderTest {

    private final TaiwaI18NProvider provider = new TaiwaI18NProvider();

    @Test
    void japanese_comes_first() {
        assertThat(provider.getProvidedLocales()).containsExactly(Locale.JAPANESE, Locale.ENGLISH);
    }

    @Test
    void translates_into_japanese_and_english_and_falls_back_to_japanese() {
        assertThat(provider.getTranslation("nav.home", Locale.JAPANESE)).isEqualTo("ホーム");
        assertThat(provider.getTranslation("nav.home", Locale.forLanguageTag("en-GB"))).isEqualTo("Home");
        assertThat(provider.getTranslation("nav.home", Locale.GERMAN)).isEqualTo("ホーム");
        assertThat(provider.getTranslation("nav.home", null)).isEqualTo("ホーム");
    }

    @Test
    void formats_parameters_and_marks_missing_keys() {
        assertThat(provider.getTranslation("error.unexpected", Locale.ENGLISH, "ab12")).contains("Reference ab12");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    @Test
    void both_bundles_have_the_same_keys() throws IOException {
        assertThat(load("ja").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    /** MessageFormat reads a lone apostrophe as a quote: "proposal's {0}" would never fill in {0}. */
    @Test
    void messages_with_parameters_double_their_apostrophes() throws IOException {
        for (String language : List.of("ja", "en")) {
            Properties messages = load(language);
            assertThat(messages.stringPropertyNames()).filteredOn(key -> messages.getProperty(key).contains("{0"))
                    .as(language).allSatisfy(key -> assertThat(messages.getProperty(key).replace("''", ""))
                            .as(key).doesNotContain("'"));
        }
    }

    private static Properties load(String language) throws IOException {
        var properties = new Properties();
        try (InputStream in = TaiwaI18NProviderTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
