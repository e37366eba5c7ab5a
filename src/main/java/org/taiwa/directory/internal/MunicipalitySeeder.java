package org.taiwa.directory.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.taiwa.directory.DirectoryProperties;
import org.taiwa.directory.MunicipalityDirectory;

/**
 * Loads the 62 municipalities at start-up. Each is saved under its fixed id, so running it again
 * updates the same documents instead of adding more.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class MunicipalitySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MunicipalitySeeder.class);

    private final MongoTemplate mongo;
    private final Resource source;
    private final MunicipalityDirectory readers;

    MunicipalitySeeder(MongoTemplate mongo, DirectoryProperties properties, MunicipalityDirectory readers) {
        this.mongo = mongo;
        this.readers = readers;
        this.source = properties.municipalities();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        try (var reader = new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8)) {
            var municipalities = MunicipalityCsv.read(reader);
            municipalities.forEach(m -> mongo.save(MunicipalityDocument.of(m)));
            readers.reread();
            log.info("Directory holds {} municipalities from {}", municipalities.size(), source.getDescription());
        }
    }
}
