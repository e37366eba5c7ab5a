package org.taiwa.library;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The four carbon-offset implementation models (取組モデル1–4) the research committee worked out and six
 * municipalities tried in FY2011. Labels come from the i18n bundles ({@code enum.ImplementationModel.*}).
 */
public enum ImplementationModel {
    MODEL_1, MODEL_2, MODEL_3, MODEL_4;

    /** 1 to 4. */
    public int number() {
        return ordinal() + 1;
    }

    /** The discussion space of the model's working group ({@code model-1} …). */
    public String spaceId() {
        return "model-" + number();
    }

    public static ImplementationModel of(int number) {
        if (number < 1 || number > values().length) {
            throw new IllegalArgumentException("an implementation model is numbered 1 to 4: " + number);
        }
        return values()[number - 1];
    }

    /** {@code 2}, {@code MODEL_2}, {@code model-2} or {@code 取組モデル2}. */
    public static Optional<ImplementationModel> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String clean = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT)
                .replace("取組モデル", "").replace("MODEL", "").replace("_", "").replace("-", "").strip();
        if (clean.length() == 1 && clean.charAt(0) >= '1' && clean.charAt(0) <= '4') {
            return Optional.of(of(clean.charAt(0) - '0'));
        }
        return Optional.empty();
    }
}
