package org.taiwa.library.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.WriteOutContentHandler;
import org.taiwa.library.ExtractionReason;
import org.taiwa.library.ExtractionStatus;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads a file's text with Tika, bounded: at most {@code maxCharacters} are kept (the rest is cut and the
 * result marked partial), reading stops at the deadline, and decompression bombs are stopped by
 * {@link ZipBombCheck} (containers) and Tika's {@code SecureContentHandler} (output per input byte, through
 * {@link AutoDetectParserConfig}). Reads from a file, so
 * large inputs are not held in memory. Never throws for a bad file: every failure is a classified result.
 * Thread-safe; the hard stop for a parser that hangs without producing output is the caller's
 * ({@link ExtractionQueue}).
 */
public final class TextExtractor {

    /** Output characters after which the compression ratio is checked; small so that bombs are caught early. */
    private static final long BOMB_CHECK_AFTER = 100_000;
    private static final int MAX_XML_DEPTH = 100;

    /** The limits of one extraction. */
    public record Limits(int maxCharacters, Duration timeout, long maxCompressionRatio, int maxPackageDepth) {
    }

    private final AutoDetectParser parser;
    private final Limits limits;
    private final Clock clock;

    public TextExtractor(TikaConfig tika, Limits limits) {
        this(tika, limits, Clock.systemUTC());
    }

    TextExtractor(TikaConfig tika, Limits limits, Clock clock) {
        this.parser = new AutoDetectParser(tika);
        this.parser.setAutoDetectParserConfig(new AutoDetectParserConfig(null, BOMB_CHECK_AFTER,
                limits.maxCompressionRatio(), MAX_XML_DEPTH, limits.maxPackageDepth()));
        this.limits = limits;
        this.clock = clock;
    }

    public ExtractionResult extract(Path file, String fileName) {
        return extract(file, fileName, null);
    }

    /**
     * @param mediaType the type detected at upload, a hint for the parser's own detection (text has no
     *                  magic bytes: without it, Shift_JIS text without a name would look like binary)
     */
    public ExtractionResult extract(Path file, String fileName, String mediaType) {
        var text = new StringWriter();
        Instant deadline = clock.instant().plus(limits.timeout());
        ContentHandler handler = new Deadline(new BodyContentHandler(
                new WriteOutContentHandler(text, limits.maxCharacters())), deadline, clock);
        var metadata = new Metadata();
        if (fileName != null && !fileName.isBlank()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        if (mediaType != null) {
            metadata.set(Metadata.CONTENT_TYPE, mediaType);
        }
        try {
            Optional<String> bomb = ZipBombCheck.inspect(file, limits.maxCompressionRatio(),
                    () -> !clock.instant().isBefore(deadline));
            if (bomb.isPresent()) {
                return ExtractionResult.failed(ExtractionReason.DECOMPRESSION_BOMB, bomb.get());
            }
        } catch (IOException e) {
            return classify(e, "");
        }
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, context());
        } catch (Exception | StackOverflowError e) {
            return classify(e, text.toString());
        }
        String extracted = text.toString();
        return extracted.isBlank() ? ExtractionResult.failed(ExtractionReason.NO_TEXT, "no text in the file")
                : new ExtractionResult(extracted, ExtractionStatus.EXTRACTED, ExtractionReason.NONE, "");
    }

    private ParseContext context() {
        var context = new ParseContext();
        // embedded documents are read too, as deep as maxPackageDepth allows
        context.set(Parser.class, parser);
        var ocr = new TesseractOCRConfig();
        // OCR of scans would take minutes per page and is not what the time limit is for
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        var office = new OfficeParserConfig();
        // streaming readers: a large Word or PowerPoint file is not built as a tree in memory
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    static ExtractionResult classify(Throwable error, String partial) {
        String detail = error.getClass().getSimpleName() + ": " + error.getMessage();
        if (WriteLimitReachedException.isWriteLimitReached(error)) {
            return new ExtractionResult(partial, ExtractionStatus.PARTIAL, ExtractionReason.CHARACTER_LIMIT, detail);
        }
        if (causedBy(error, TimeLimitReached.class)) {
            return partial.isBlank() ? ExtractionResult.failed(ExtractionReason.TIME_LIMIT, detail)
                    : new ExtractionResult(partial, ExtractionStatus.PARTIAL, ExtractionReason.TIME_LIMIT, detail);
        }
        if (causedBy(error, EncryptedDocumentException.class)
                || causedBy(error, org.apache.poi.EncryptedDocumentException.class)) {
            return ExtractionResult.failed(ExtractionReason.ENCRYPTED, detail);
        }
        if (looksLikeBomb(error)) {
            return ExtractionResult.failed(ExtractionReason.DECOMPRESSION_BOMB, detail);
        }
        return ExtractionResult.failed(ExtractionReason.CORRUPT, detail);
    }

    private static boolean looksLikeBomb(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            // Tika's SecureContentHandler says "Suspected zip bomb", POI's ZipSecureFile "Zip bomb detected"
            if (t instanceof TikaMemoryLimitException || t instanceof StackOverflowError
                    || message.contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Thrown into the parser by {@link Deadline}. */
    static final class TimeLimitReached extends SAXException {
        TimeLimitReached() {
            super("time limit reached");
        }
    }

    /** Stops a parser that is still producing output when time is up; what it produced is kept. */
    private static final class Deadline extends ContentHandlerDecorator {

        private final Instant deadline;
        private final Clock clock;

        Deadline(ContentHandler handler, Instant deadline, Clock clock) {
            super(handler);
            this.deadline = deadline;
            this.clock = clock;
        }

        private void check() throws SAXException {
            if (!clock.instant().isBefore(deadline)) {
                throw new TimeLimitReached();
            }
        }

        @Override
        public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts)
                throws SAXException {
            check();
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            check();
            super.characters(ch, start, length);
        }
    }
}
