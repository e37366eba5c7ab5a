package org.taiwa.offset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.taiwa.audit.AuditLog;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.offset.EventFootprints;
import org.taiwa.offset.FactorSet;
import org.taiwa.offset.FactorSets;
import org.taiwa.security.CurrentMember;
import org.taiwa.storage.Sequences;

/**
 * The registry and the footprints on MongoDB, the default factor set loaded at start when the registry is empty,
 * and the public estimate's rate limit.
 */
@Configuration(proxyBeanMethods = false)
class OffsetConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OffsetConfiguration.class);

    @Bean
    FactorSetStore factorSetStore(MongoTemplate mongo, Sequences sequences) {
        return new FactorSetStore(mongo, sequences, FactorSetDocument.COLLECTION);
    }

    @Bean
    FactorSets factorSets(FactorSetStore store, CurrentMember currentMember, AuditLog audit) {
        return new MongoFactorSets(store, currentMember, audit, Clock.systemUTC());
    }

    @Bean
    EventFootprints eventFootprints(MongoTemplate mongo, FactorSets factorSets, MunicipalityDirectory directory,
                                    CurrentMember currentMember) {
        return new MongoEventFootprints(mongo, factorSets, directory, currentMember, Clock.systemUTC());
    }

    /** The footprints' list index (MongoDB uses it; the embedded server ignores it), and the default set. */
    @Bean
    ApplicationRunner offsetStorage(MongoTemplate mongo, FactorSetStore store,
                                    @Value("classpath:taiwa-config/emission-factors.csv") Resource factors) {
        return args -> {
            mongo.indexOps(EventFootprintDocument.COLLECTION).createIndex(new Index()
                    .on(EventFootprintDocument.MUNICIPALITY, Sort.Direction.ASC)
                    .on(EventFootprintDocument.SAVED_AT, Sort.Direction.DESC));
            loadDefault(store, factors);
        };
    }

    /** Idempotent: a second start, or a second node starting at once, stores nothing more. */
    static boolean loadDefault(FactorSetStore store, Resource factors) {
        try (InputStream in = factors.getInputStream()) {
            FactorSet set = FactorSetCsv.read(in);
            boolean loaded = store.insertIfEmpty(FactorSetDocument.of(set, 0, null, "system",
                    java.time.Instant.now()));
            if (loaded) {
                log.info("Loaded the default emission-factor set \"{}\" ({} factors)", set.name(),
                        set.factors().size());
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default emission factors", e);
        }
    }
}
