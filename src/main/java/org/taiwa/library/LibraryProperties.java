package org.taiwa.library;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the library (environment: {@code TAIWA_LIBRARY_MAX_FILE_SIZE} and so on).
 *
 * @param maxFileSize         the largest file accepted, by the UI, the API's multipart parsing and the service
 * @param maxCharacters       text kept per version; longer texts are cut and marked partial. At most 4,000,000
 *                            so that a text always fits one MongoDB document
 * @param extractionTimeout   time one file's text extraction may take
 * @param extractionThreads   files read at the same time (each may use a core and some hundred MB)
 * @param extractionQueue     files waiting for extraction; beyond that they wait in the database for the sweep
 * @param maxCompressionRatio output characters per input byte beyond which a file counts as a decompression bomb
 * @param maxPackageDepth     how deep archives and embedded documents are followed
 * @param previewCharacters   characters of text shown on the document page
 * @param demoData            seed the demo documents at start-up (on in the quick start)
 */
@ConfigurationProperties("taiwa.library")
public record LibraryProperties(
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("1000000") int maxCharacters,
        @DefaultValue("60s") Duration extractionTimeout,
        @DefaultValue("1") int extractionThreads,
        @DefaultValue("200") int extractionQueue,
        @DefaultValue("100") long maxCompressionRatio,
        @DefaultValue("10") int maxPackageDepth,
        @DefaultValue("3000") int previewCharacters,
        @DefaultValue("true") boolean demoData) {

    public static final int MAX_CHARACTERS_LIMIT = 4_000_000;

    public LibraryProperties {
        if (maxFileSize.toBytes() < 1) {
            throw new IllegalArgumentException("taiwa.library.max-file-size must be positive");
        }
        if (maxCharacters < 1 || maxCharacters > MAX_CHARACTERS_LIMIT) {
            throw new IllegalArgumentException("taiwa.library.max-characters must lie between 1 and "
                    + MAX_CHARACTERS_LIMIT + ": " + maxCharacters);
        }
        if (extractionTimeout.isNegative() || extractionTimeout.isZero()) {
            throw new IllegalArgumentException("taiwa.library.extraction-timeout must be positive");
        }
        if (extractionThreads < 1 || extractionQueue < 1) {
            throw new IllegalArgumentException("taiwa.library.extraction-threads and -queue must be at least 1");
        }
        if (maxCompressionRatio < 1 || maxPackageDepth < 1 || previewCharacters < 0) {
            throw new IllegalArgumentException("taiwa.library limits must be positive");
        }
    }
}
