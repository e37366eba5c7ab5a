package org.taiwa.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.taiwa.Browser;
import org.taiwa.Keycloak;
import org.taiwa.PortalProcess;

/**
 * Keycloak unreachable: the production jar whose issuer is the real Keycloak of the SSO tests seen through a relay
 * this test cuts (so that the other SSO tests keep their Keycloak). The portal starts without Keycloak, a new
 * sign-in then gets a clear message, and a member signed in before the cut keeps working.
 */
class SsoOutageIT {

    /** A little longer than the portal remembers whether Keycloak answered (KeycloakReachability). */
    private static final Duration REMEMBERED = Duration.ofSeconds(6);

    @RegisterExtension
    final Browser browser = new Browser();
    @TempDir
    Path data;

    private TcpProxy relay;
    private PortalProcess portal;

    @BeforeAll
    static void keycloak() {
        Keycloak.ensureRunning();
    }

    @AfterEach
    void stop() {
        if (portal != null) {
            portal.close();
        }
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void without_keycloak_a_new_sign_in_is_told_so_and_signed_in_members_keep_working() throws Exception {
        int relayPort = PortalProcess.freePort();
        relay = new TcpProxy(relayPort, URI.create(Keycloak.URL).getPort());
        String issuer = "http://localhost:" + relayPort + "/realms/taiwa";
        // started while Keycloak cannot be reached
        portal = PortalProcess.start("sso-outage", "--taiwa.storage.data-dir=" + data,
                "--taiwa.security.oidc-issuer=" + issuer, "--taiwa.notification.scheduling=false",
                "--taiwa.library.demo-data=false");
        Keycloak.admitPortalOn(portal.port());

        browser.driver().get(portal.baseUrl() + "/spaces");
        assertSignInUnavailable(browser);

        relay.open();
        Thread.sleep(REMEMBERED.toMillis());
        browser.driver().findElement(By.cssSelector("#sso-unavailable a")).click();
        browser.await().until(ExpectedConditions.urlContains(issuer));
        browser.waitFor(By.id("username")).sendKeys("staff.minato");
        browser.driver().findElement(By.id("password")).sendKeys("taiwa-demo");
        browser.driver().findElement(By.id("kc-login")).click();
        browser.await().until(ExpectedConditions.textToBe(By.id("member-name"), "港区 職員"));

        relay.close();
        Thread.sleep(REMEMBERED.toMillis());

        browser.driver().get(portal.baseUrl() + "/spaces");
        browser.await().until(ExpectedConditions.textToBe(By.id("member-name"), "港区 職員"));
        browser.driver().get(portal.baseUrl() + "/library");
        browser.await().until(ExpectedConditions.textToBe(By.id("member-name"), "港区 職員"));
        assertThat(browser.driver().getCurrentUrl()).startsWith(portal.baseUrl() + "/library");

        Browser newcomer = browser.another();
        newcomer.driver().get(portal.baseUrl() + "/");
        assertSignInUnavailable(newcomer);
        newcomer.screenshot("sso-unavailable.png");
        assertThat(Files.readString(portal.log())).doesNotContain("Whitelabel");
    }

    private void assertSignInUnavailable(Browser b) {
        var notice = b.waitFor(By.id("sso-unavailable"));
        assertThat(b.driver().getCurrentUrl()).startsWith(portal.baseUrl() + "/login?sso-unavailable");
        assertThat(notice.getText()).contains("ただいまサインインできません").doesNotContain("Exception");
    }
}
