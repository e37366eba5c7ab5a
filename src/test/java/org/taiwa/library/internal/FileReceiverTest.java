package org.taiwa.library.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.taiwa.library.FileTooLargeException;
import org.taiwa.library.InvalidDocumentException;

class FileReceiverTest {

    private final FileReceiver receiver = new FileReceiver(1_000);

    @Test
    void stores_the_file_with_its_size_and_sha256() throws Exception {
        FileReceiver.Received received = receiver.receive(new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)));
        try {
            assertThat(received.size()).isEqualTo(3);
            assertThat(received.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
            assertThat(Files.readString(received.path())).isEqualTo("abc");
        } finally {
            Files.deleteIfExists(received.path());
        }
    }

    @Test
    void a_file_of_exactly_the_limit_is_taken() throws Exception {
        FileReceiver.Received received = receiver.receive(new ByteArrayInputStream(new byte[1_000]));
        assertThat(received.size()).isEqualTo(1_000);
        Files.deleteIfExists(received.path());
    }

    @Test
    void stops_reading_as_soon_as_the_limit_is_passed() {
        var endless = new InputStream() {
            long served;
            @Override
            public int read() {
                served++;
                return 'x';
            }
        };
        assertThatThrownBy(() -> receiver.receive(endless)).isInstanceOf(FileTooLargeException.class)
                .hasMessageContaining("1000 bytes");
        assertThat(endless.served).isLessThan(2_000_000);
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> receiver.receive(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("empty");
    }
}
