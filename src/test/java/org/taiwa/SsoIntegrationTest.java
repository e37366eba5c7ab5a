package org.taiwa;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application with single sign-on through the real Keycloak of the demo realm
 * ({@link Keycloak}), on its own data folder (the development sign-in tests hold the other one).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"taiwa.storage.data-dir=target/it-data-sso", "vaadin.launch-browser=false",
            "vaadin.productionMode=true", "taiwa.security.oidc-issuer=http://localhost:8180/realms/taiwa"})
public @interface SsoIntegrationTest {
}
