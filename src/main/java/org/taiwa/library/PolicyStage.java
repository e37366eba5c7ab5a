package org.taiwa.library;

import java.util.Locale;
import java.util.Optional;

/**
 * The stages by which the network's reports shared how a municipality went from an idea to a running
 * programme (発案 → 企画立案 → 事業化 → 実施). Labels come from the i18n bundles ({@code enum.PolicyStage.*}).
 */
public enum PolicyStage {
    /** 発案: the idea. */
    IDEA("発案"),
    /** 企画立案: planning and the budget request. */
    PLANNING("企画立案"),
    /** 事業化: turning the plan into a programme. */
    PROGRAMME("事業化"),
    /** 実施: carrying it out. */
    IMPLEMENTATION("実施");

    private final String nameJa;

    PolicyStage(String nameJa) {
        this.nameJa = nameJa;
    }

    public String nameJa() {
        return nameJa;
    }

    /** {@code PLANNING}, {@code planning} or {@code 企画立案}. */
    public static Optional<PolicyStage> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String clean = text.strip();
        for (PolicyStage stage : values()) {
            if (stage.name().equals(clean.toUpperCase(Locale.ROOT)) || stage.nameJa.equals(clean)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
