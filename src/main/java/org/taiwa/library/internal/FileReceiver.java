package org.taiwa.library.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.taiwa.library.FileTooLargeException;
import org.taiwa.library.InvalidDocumentException;

/**
 * Copies an incoming file to a temporary file while it computes the SHA-256 and counts the bytes,
 * stopping as soon as the size limit is passed: neither memory nor disk takes more than the limit,
 * whatever a client claims the size to be.
 */
public final class FileReceiver {

    /** A received file. */
    public record Received(Path path, long size, String sha256) {
    }

    private final long maxBytes;

    public FileReceiver(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @throws FileTooLargeException    past the limit (the temporary file is gone again)
     * @throws InvalidDocumentException for an empty file
     */
    public Received receive(InputStream in) {
        Path file = null;
        try {
            file = Files.createTempFile("taiwa-upload-", ".bin");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw new FileTooLargeException(maxBytes);
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new InvalidDocumentException("library.error.empty-file", "The file is empty.");
            }
            Received received = new Received(file, size, HexFormat.of().formatHex(digest.digest()));
            file = null;
            return received;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        } finally {
            deleteQuietly(file);
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file the OS cleans up eventually
            }
        }
    }
}
