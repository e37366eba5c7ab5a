package org.taiwa.storage.internal;

import org.taiwa.storage.StorageProperties;

/** Lets tests outside this package hold an embedded server's data file. */
public final class EmbeddedMongoAccess {

    private EmbeddedMongoAccess() {
    }

    public static AutoCloseable start(StorageProperties properties) {
        return EmbeddedMongo.start(properties);
    }

    public static String connectionString(AutoCloseable server) {
        return ((EmbeddedMongo) server).connectionString();
    }

    public static Class<?> embeddedType() {
        return EmbeddedMongo.class;
    }
}
