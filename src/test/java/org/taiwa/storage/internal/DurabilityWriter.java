package org.taiwa.storage.internal;

import java.nio.file.Path;

import org.bson.Document;
import org.taiwa.storage.StorageProperties;

import com.mongodb.client.MongoClients;

/**
 * Child process of {@link HardKillIT}: inserts documents one by one on the embedded server and
 * prints {@code ACK n} after each write the server acknowledged, until it is killed.
 */
public final class DurabilityWriter {

    private DurabilityWriter() {
    }

    public static void main(String[] args) {
        var server = EmbeddedMongo.start(new StorageProperties(Path.of(args[0]), "127.0.0.1", 0, "taiwa"));
        try (var client = MongoClients.create(server.connectionString())) {
            var things = client.getDatabase("taiwa").getCollection("things");
            System.out.println("READY");
            for (int i = 0; ; i++) {
                things.insertOne(new Document("_id", i).append("payload", "件名 " + i));
                System.out.println("ACK " + i);
                System.out.flush();
            }
        }
    }
}
