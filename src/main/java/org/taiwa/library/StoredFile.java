package org.taiwa.library;

import java.io.IOException;
import java.io.InputStream;

/**
 * One version's original, for download.
 *
 * @param mediaType as detected from the content at upload
 */
public record StoredFile(String fileName, String mediaType, long size, String sha256, Content content) {

    /** Opens the stored bytes; the caller closes the stream. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
