package org.taiwa.library.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Decides a file's type from its content (Tika's magic bytes and container inspection); the file name
 * only refines a type the content already established, e.g. plain text to Markdown. A PDF named
 * {@code .txt} is a PDF. Thread-safe.
 */
public final class TypeDetector {

    /** The library's formats (issue 5), plus the container Tika reports for password-protected Office files. */
    private static final Set<MediaType> ACCEPTED = Set.of(
            MediaType.application("pdf"),
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("msword"),
            MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            MediaType.application("vnd.openxmlformats-officedocument.presentationml.presentation"),
            MediaType.application("vnd.oasis.opendocument.text"),
            MediaType.text("html"),
            MediaType.application("xhtml+xml"),
            MediaType.text("x-web-markdown"),
            MediaType.text("markdown"),
            MediaType.application("x-tika-ooxml-protected"));

    /** How much of a file is looked at to tell text from binary. */
    private static final int TEXT_SAMPLE = 64 * 1024;

    private final Detector detector;
    private final EncodingDetector encodings;
    private final MediaTypeRegistry registry;

    public TypeDetector(TikaConfig tika) {
        this.detector = tika.getDetector();
        this.encodings = tika.getEncodingDetector();
        this.registry = tika.getMediaTypeRegistry();
    }

    /**
     * The type of the file's content, without parameters (no charset). Text has no magic bytes, so a
     * type that says text (from the name, for instance) must decode as text, and a file Tika cannot
     * place (Shift_JIS without a name, say) is text if it decodes as such.
     */
    public MediaType detect(Path file, String fileName) {
        var metadata = new Metadata();
        if (fileName != null && !fileName.isBlank()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try {
            MediaType type;
            try (TikaInputStream in = TikaInputStream.get(file)) {
                type = detector.detect(in, metadata).getBaseType();
            }
            if ("text".equals(type.getType()) && !looksLikeText(file)) {
                return MediaType.OCTET_STREAM;
            }
            if (type.equals(MediaType.OCTET_STREAM) && looksLikeText(file)) {
                return MediaType.TEXT_PLAIN;
            }
            return type;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes without errors in the charset the bytes suggest, and has almost no control characters. */
    private boolean looksLikeText(Path file) throws IOException {
        byte[] sample;
        boolean whole;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(TEXT_SAMPLE);
            whole = in.read() == -1;
        }
        Charset charset;
        try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(sample))) {
            charset = encodings.detect(in, new Metadata());
        }
        CharsetDecoder decoder = (charset == null ? StandardCharsets.UTF_8 : charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer text = CharBuffer.allocate(sample.length + 1);
        // a sample cut in the middle of a character is not an error
        if (decoder.decode(ByteBuffer.wrap(sample), text, whole).isError()) {
            return false;
        }
        text.flip();
        int controls = 0;
        while (text.hasRemaining()) {
            char c = text.get();
            if (c == 0) {
                return false;
            }
            if (Character.isISOControl(c) && "\t\n\r\f\u000b\u001a".indexOf(c) < 0) {
                controls++;
            }
        }
        return controls * 100 <= text.limit();
    }

    /** One of the library's formats: PDF, Word, Excel, PowerPoint, ODT, HTML, Markdown, any plain text. */
    public boolean accepted(MediaType type) {
        MediaType base = registry.normalize(type.getBaseType());
        return ACCEPTED.contains(base) || base.equals(MediaType.TEXT_PLAIN)
                || registry.isSpecializationOf(base, MediaType.TEXT_PLAIN);
    }
}
