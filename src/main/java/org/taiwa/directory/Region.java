package org.taiwa.directory;

/** 区部 (the 23 special wards), 多摩 or 島しょ. The CSV codes are {@code 23-wards}, {@code tama}, {@code islands}. */
public enum Region {
    WARDS("23-wards"), TAMA("tama"), ISLANDS("islands");

    private final String code;

    Region(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Region fromCode(String code) {
        for (Region region : values()) {
            if (region.code.equals(code)) {
                return region;
            }
        }
        throw new IllegalArgumentException("unknown region: " + code);
    }
}
