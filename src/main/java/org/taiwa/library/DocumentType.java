package org.taiwa.library;

import java.util.Locale;
import java.util.Optional;

/** What kind of document it is; labels come from the i18n bundles ({@code enum.DocumentType.*}). */
public enum DocumentType {
    /** 提言 */
    PROPOSAL("提言"),
    /** ガイドブック */
    GUIDEBOOK("ガイドブック"),
    /** 報告書 */
    REPORT("報告書"),
    /** 議事録 */
    MINUTES("議事録"),
    /** パンフレット */
    PAMPHLET("パンフレット"),
    /** 資料 */
    MATERIAL("資料"),
    /** その他 */
    OTHER("その他");

    private final String nameJa;

    DocumentType(String nameJa) {
        this.nameJa = nameJa;
    }

    public String nameJa() {
        return nameJa;
    }

    /** {@code REPORT}, {@code report} or {@code 報告書}: what an API client may send. */
    public static Optional<DocumentType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String clean = text.strip();
        for (DocumentType type : values()) {
            if (type.name().equals(clean.toUpperCase(Locale.ROOT)) || type.nameJa.equals(clean)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
