package org.taiwa.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taiwa.storage.StorageProperties;

import com.mongodb.client.MongoClients;

class HardKillIT {

    private static final int ACKS_BEFORE_KILL = 300;

    @TempDir
    Path dataDir;

    @Test
    void a_process_killed_with_sigkill_loses_no_acknowledged_write() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DurabilityWriter.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int lastAck = -1;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    lastAck = Integer.parseInt(line.substring(4));
                    if (lastAck + 1 >= ACKS_BEFORE_KILL) {
                        break;
                    }
                }
            }
            // SIGKILL on Linux: no shutdown hook, no clean close of the data file
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).isEqualTo(137);
        assertThat(lastAck + 1).isEqualTo(ACKS_BEFORE_KILL);

        var properties = new StorageProperties(dataDir, "127.0.0.1", 0, "taiwa");
        try (var server = EmbeddedMongo.start(properties); var client = MongoClients.create(server.connectionString())) {
            List<Integer> ids = new ArrayList<>();
            client.getDatabase("taiwa").getCollection("things").find().map(d -> d.getInteger("_id")).into(ids);
            for (int i = 0; i <= lastAck; i++) {
                assertThat(ids).as("acknowledged write %d", i).contains(i);
            }
            Document first = client.getDatabase("taiwa").getCollection("things").find(new Document("_id", 0)).first();
            assertThat(first.getString("payload")).isEqualTo("件名 0");
        }
    }
}
