package org.taiwa;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port, on the embedded MongoDB server over TCP. Every test
 * class with this annotation shares one application context and one data folder.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"taiwa.storage.data-dir=target/it-data", "vaadin.launch-browser=false",
            // tests run after package, on the production bundle that the build put in target/classes
            "vaadin.productionMode=true",
            // tests call the notification jobs themselves; the digest test runs GreenMail on this port
            "taiwa.notification.scheduling=false", "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + TaiwaIntegrationTest.SMTP_PORT,
            // a Prometheus scraper's bearer token (docs/observability.md); nobody else sends it
            "taiwa.security.metrics-token=" + TaiwaIntegrationTest.METRICS_TOKEN})
public @interface TaiwaIntegrationTest {

    /** Where the tests' mail goes: GreenMail listens there while a mail test runs, nobody otherwise. */
    int SMTP_PORT = 3025;

    /** What the tests' Prometheus scraper sends as {@code Authorization: Bearer}. */
    String METRICS_TOKEN = "it-scraper-7f3c";
}
