package org.taiwa.directory;

/** 区, 市, 町 or 村. The CSV codes are {@code ward}, {@code city}, {@code town}, {@code village}. */
public enum MunicipalityKind {
    WARD("ward", "区"), CITY("city", "市"), TOWN("town", "町"), VILLAGE("village", "村");

    private final String code;
    private final String suffixJa;

    MunicipalityKind(String code, String suffixJa) {
        this.code = code;
        this.suffixJa = suffixJa;
    }

    public String code() {
        return code;
    }

    /** The character that ends the Japanese name of such a municipality. */
    public String suffixJa() {
        return suffixJa;
    }

    public static MunicipalityKind fromCode(String code) {
        for (MunicipalityKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown municipality kind: " + code);
    }
}
