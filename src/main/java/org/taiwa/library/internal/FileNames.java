package org.taiwa.library.internal;

/** File names as clients send them, made safe to store and to send back in a header. */
final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /** Drops any path (old browsers send {@code C:\fakepath\x.pdf}) and control characters; never empty. */
    static String clean(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return name.isEmpty() ? "document" : name;
    }
}
