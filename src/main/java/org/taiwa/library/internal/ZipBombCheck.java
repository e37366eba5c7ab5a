package org.taiwa.library.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks a ZIP container (Word, Excel, PowerPoint, ODT) once into nothing, counting, before any parser
 * sees it: if it unpacks to more than {@code maxRatio} times its own size (and more than a floor that
 * small, very compressible documents stay under), it is a decompression bomb. The sizes the archive
 * declares are not trusted; the bytes are counted as they come. Needed because Tika switches off POI's
 * own inflate-ratio check and its output check only counts text characters, which the character limit
 * stops first.
 */
final class ZipBombCheck {

    /** Below this, any ratio is fine: a 20 KB document with 2 MB of XML is not a threat. */
    static final long FLOOR_BYTES = 16L * 1024 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private ZipBombCheck() {
    }

    /** @return what is wrong, if the file is a bomb; empty for anything else, including broken archives */
    static Optional<String> inspect(Path file, long maxRatio, BooleanSupplier timeUp) throws IOException {
        if (!isZip(file)) {
            return Optional.empty();
        }
        long size = Files.size(file);
        long cap = Math.max(FLOOR_BYTES, maxRatio > Long.MAX_VALUE / Math.max(size, 1) ? Long.MAX_VALUE : maxRatio * size);
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    for (int n; (n = in.read(buffer)) != -1; ) {
                        total += n;
                        if (total > cap) {
                            return Optional.of("unpacks to more than " + cap + " bytes from " + size);
                        }
                        if (timeUp.getAsBoolean()) {
                            return Optional.empty();
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException broken) {
            // not ours to judge: the parser reports a broken archive as corrupt
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ZIP_MAGIC.length);
            return java.util.Arrays.equals(head, ZIP_MAGIC);
        }
    }
}
