/**
 * Storage: the MongoDB connection and, when none is configured, the embedded MongoDB
 * wire-protocol server (mongo-java-server with its H2 backend) under {@code taiwa.storage.data-dir}.
 * See docs/decisions/0002-embedded-mongodb.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package org.taiwa.storage;
