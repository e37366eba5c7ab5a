package org.taiwa.storage.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.taiwa.storage.StorageProperties;
import org.taiwa.storage.StorageStartupException;

import de.bwaldvogel.mongo.MongoServer;

/** The embedded MongoDB wire-protocol server over one MVStore file; closed cleanly on shutdown. */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoServer server;
    private final InetSocketAddress address;
    private final String database;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address, String database) {
        this.server = server;
        this.address = address;
        this.database = database;
    }

    /** Opens the data file and starts listening; fails with a clear message if another process holds the file. */
    public static EmbeddedMongo start(StorageProperties properties) {
        var file = properties.dataFile().toAbsolutePath().normalize();
        MVStore store = openStore(file);
        var server = new MongoServer(new DurableH2Backend(store));
        try {
            server.bind(properties.host(), properties.port());
        } catch (Exception e) {
            // netty throws the checked BindException without declaring it
            server.shutdownNow();
            store.close();
            throw new StorageStartupException(
                    "The embedded database cannot listen on " + properties.host() + ":" + properties.port() + ".",
                    "Free that port or set taiwa.storage.port to another one (0 picks a free port).", e);
        }
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded MongoDB server on {} with data file {}", address, file);
        return new EmbeddedMongo(server, address, properties.database());
    }

    private static MVStore openStore(java.nio.file.Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StorageStartupException("The data folder " + file.getParent() + " cannot be created.",
                    "Set taiwa.storage.data-dir to a writable folder.", e);
        }
        try {
            return new MVStore.Builder().fileName(file.toString()).compress().open();
        } catch (MVStoreException e) {
            throw new StorageStartupException(
                    "The data file " + file + " is in use by another process or cannot be opened: " + e.getMessage(),
                    "Stop the other Taiwa process that uses it, or set taiwa.storage.data-dir to another folder.", e);
        }
    }

    /** Connection string for the MongoDB driver, including the database name. */
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    public InetSocketAddress address() {
        return address;
    }

    @Override
    public void close() {
        log.info("Stopping the embedded MongoDB server");
        server.shutdown();
    }
}
