package org.taiwa.library.internal;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} with the file's real name for every client: an ASCII
 * {@code filename} for old ones and the UTF-8 {@code filename*} of RFC 5987/6266 for Japanese names.
 * Always an attachment: an uploaded HTML file must not open as a page of the portal.
 */
final class ContentDispositions {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDispositions() {
    }

    static String attachment(String fileName) {
        String fallback = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other byte of the UTF-8 form as %XX. */
    static String encode(String value) {
        var out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
