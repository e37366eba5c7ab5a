package org.taiwa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.taiwa.storage.StorageProperties;
import org.taiwa.storage.internal.EmbeddedMongoAccess;

/** Which database the app uses, and misconfigurations that stop the start with a message saying what to change. */
@ExtendWith(OutputCaptureExtension.class)
class StartupConfigurationIT {

    @TempDir
    Path dataDir;

    private SecurityContextHolderStrategy securityContexts;

    /**
     * Each application started here installs its own JVM-global security context holder; the other
     * tests' cached application context must get its own back.
     */
    @BeforeEach
    void rememberSecurityContextHolder() {
        securityContexts = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void restoreSecurityContextHolder() {
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
    }

    @Test
    void the_boot_3_mongodb_property_is_refused_with_the_right_name(CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.data.mongodb.uri=mongodb://localhost:1/x")).isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("spring.data.mongodb.uri (SPRING_DATA_MONGODB_URI) is the Spring Boot 3 name")
                .contains("Set spring.mongodb.uri (environment variable SPRING_MONGODB_URI) instead");
    }

    @Test
    void a_data_file_held_by_another_process_is_reported_clearly(CapturedOutput output) throws Exception {
        try (var holder = EmbeddedMongoAccess.start(new StorageProperties(dataDir, "127.0.0.1", 0, "taiwa"))) {
            assertThatThrownBy(() -> start()).isNotNull();
        }
        assertThat(output).contains("APPLICATION FAILED TO START").contains("is in use by another process")
                .contains("Stop the other Taiwa process");
    }

    @Test
    void the_prod_profile_refuses_to_start_without_an_issuer(CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.profiles.active=prod")).isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START").contains("taiwa.security.oidc-issuer")
                .contains("The prod profile needs single sign-on");
    }

    @Test
    void the_prod_profile_refuses_the_demo_client_secret(CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.profiles.active=prod",
                "--taiwa.security.oidc-issuer=http://localhost:8180/realms/taiwa")).isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START").contains("taiwa.security.oidc-client-secret")
                .contains("refuses the demo realm's client secret");
    }

    @Test
    void with_a_uri_the_app_uses_that_server_and_starts_no_embedded_one() throws Exception {
        try (var external = EmbeddedMongoAccess.start(new StorageProperties(dataDir.resolve("external"), "127.0.0.1", 0,
                "external"))) {
            String uri = EmbeddedMongoAccess.connectionString(external);
            try (var app = new SpringApplicationBuilder(TaiwaApplication.class)
                    .run("--server.port=0", "--taiwa.storage.data-dir=" + dataDir.resolve("unused"),
                            "--vaadin.productionMode=true", "--spring.mongodb.uri=" + uri,
                            // the search index is this node's own, wherever the database is
                            "--taiwa.search.index-dir=" + dataDir.resolve("index"))) {
                assertThat(app.getBeanNamesForType(EmbeddedMongoAccess.embeddedType())).isEmpty();
                var mongo = app.getBean(org.springframework.data.mongodb.core.MongoTemplate.class);
                assertThat(mongo.getDb().getName()).isEqualTo("external");
                assertThat(mongo.getCollection("municipalities").countDocuments()).isEqualTo(62);
            }
        }
        assertThat(dataDir.resolve("unused")).doesNotExist();
    }

    private void start(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--server.port=0";
        all[1] = "--taiwa.storage.data-dir=" + dataDir;
        all[2] = "--vaadin.productionMode=true";
        System.arraycopy(args, 0, all, 3, args.length);
        new SpringApplicationBuilder(TaiwaApplication.class).run(all).close();
    }
}
