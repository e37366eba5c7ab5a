package org.taiwa.security.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the OpenID Connect provider answers, asked before a member is sent there to sign in: a member sent to
 * an unreachable Keycloak sees the browser's own error page, or a failed code exchange, and cannot tell what
 * happened. Asks the realm's discovery document over the back channel with a short timeout and remembers the
 * answer for a few seconds, so a burst of sign-ins costs one request. Members already signed in do not depend
 * on it: their session holds what the portal needs.
 */
public final class KeycloakReachability {

    private static final Logger log = LoggerFactory.getLogger(KeycloakReachability.class);
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    static final Duration REMEMBER = Duration.ofSeconds(5);

    private final URI discovery;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Clock clock;
    private volatile Answer last = new Answer(false, Instant.MIN);

    private record Answer(boolean reachable, Instant at) {
    }

    KeycloakReachability(String realmUrl, Clock clock) {
        this.discovery = URI.create(realmUrl + "/.well-known/openid-configuration");
        this.clock = clock;
    }

    /** True if the provider answered just now or within the last few seconds. */
    public boolean reachable() {
        Answer answer = last;
        Instant now = clock.instant();
        if (answer.at().plus(REMEMBER).isAfter(now)) {
            return answer.reachable();
        }
        boolean reachable = ask();
        if (reachable != answer.reachable()) {
            log.info(reachable ? "Single sign-on provider {} answers again" : "Single sign-on provider {} unreachable",
                    discovery);
        }
        last = new Answer(reachable, now);
        return reachable;
    }

    private boolean ask() {
        try {
            var response = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
