package org.taiwa.storage.internal;

import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.taiwa.storage.StorageProperties;
import org.taiwa.storage.StorageStartupException;

import com.mongodb.ConnectionString;

/**
 * Chooses the database: the server at {@code spring.mongodb.uri} when it is set, otherwise the
 * embedded server, which this configuration starts and stops.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    static final String URI_PROPERTY = "spring.mongodb.uri";
    static final String LEGACY_URI_PROPERTY = "spring.data.mongodb.uri";

    StorageConfiguration(Environment environment) {
        rejectLegacyUri(environment);
    }

    /** Boot 4 silently ignores the Boot 3 name; an app that quietly used the embedded database instead would lose data. */
    static void rejectLegacyUri(Environment environment) {
        if (environment.containsProperty(LEGACY_URI_PROPERTY)) {
            throw new StorageStartupException(
                    "The property " + LEGACY_URI_PROPERTY + " (SPRING_DATA_MONGODB_URI) is the Spring Boot 3 name"
                            + " and is ignored by this application.",
                    "Set " + URI_PROPERTY + " (environment variable SPRING_MONGODB_URI) instead, and remove "
                            + LEGACY_URI_PROPERTY + ".",
                    null);
        }
    }

    @Bean(destroyMethod = "close")
    @Conditional(NoMongoUriConfigured.class)
    EmbeddedMongo embeddedMongo(StorageProperties properties) {
        return EmbeddedMongo.start(properties);
    }

    @Bean
    @Conditional(NoMongoUriConfigured.class)
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongo embeddedMongo) {
        var connectionString = new ConnectionString(embeddedMongo.connectionString());
        return () -> connectionString;
    }

    /**
     * Fails a call within {@code taiwa.storage.server-selection-timeout} while the database is unreachable, so
     * pages and the API say so promptly; timeouts given in the URI win. Runs after Boot applied the URI.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer serverSelectionTimeout(StorageProperties properties,
                                                                MongoConnectionDetails connection) {
        ConnectionString uri = connection.getConnectionString();
        long millis = properties.serverSelectionTimeout().toMillis();
        return settings -> {
            if (uri.getServerSelectionTimeout() == null) {
                settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS));
            }
            if (uri.getConnectTimeout() == null) {
                settings.applyToSocketSettings(socket -> socket.connectTimeout(millis, TimeUnit.MILLISECONDS));
            }
        };
    }

    @Bean
    DatabaseHealthIndicator databaseHealthIndicator(MongoTemplate mongoTemplate) {
        return new DatabaseHealthIndicator(mongoTemplate);
    }

    static final class NoMongoUriConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty(URI_PROPERTY);
        }
    }
}
