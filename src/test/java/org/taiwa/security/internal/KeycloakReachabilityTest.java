package org.taiwa.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

class KeycloakReachabilityTest {

    private Instant now = Instant.parse("2026-11-29T00:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void a_realm_that_answers_is_reachable_and_asked_once_in_a_while() throws IOException {
        AtomicInteger asked = new AtomicInteger();
        HttpServer realm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        realm.createContext("/realms/taiwa/.well-known/openid-configuration", exchange -> {
            asked.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        realm.start();
        try {
            var keycloak = new KeycloakReachability(
                    "http://127.0.0.1:" + realm.getAddress().getPort() + "/realms/taiwa", clock);
            assertThat(keycloak.reachable()).isTrue();
            assertThat(keycloak.reachable()).isTrue();
            assertThat(asked).hasValue(1);
            now = now.plus(KeycloakReachability.REMEMBER).plusMillis(1);
            assertThat(keycloak.reachable()).isTrue();
            assertThat(asked).hasValue(2);
        } finally {
            realm.stop(0);
        }
    }

    @Test
    void a_realm_that_does_not_answer_is_unreachable_until_it_answers_again() throws IOException {
        HttpServer realm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int port = realm.getAddress().getPort();
        var keycloak = new KeycloakReachability("http://127.0.0.1:" + port + "/realms/taiwa", clock);
        assertThat(keycloak.reachable()).isFalse();

        realm.createContext("/realms/taiwa/.well-known/openid-configuration", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        realm.start();
        try {
            assertThat(keycloak.reachable()).as("remembered for a few seconds").isFalse();
            now = now.plus(KeycloakReachability.REMEMBER).plusMillis(1);
            assertThat(keycloak.reachable()).isTrue();
        } finally {
            realm.stop(0);
        }
    }

    @Test
    void a_realm_that_answers_with_an_error_is_unreachable() throws IOException {
        HttpServer realm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        realm.createContext("/", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        realm.start();
        try {
            assertThat(new KeycloakReachability("http://127.0.0.1:" + realm.getAddress().getPort() + "/realms/taiwa",
                    clock).reachable()).isFalse();
        } finally {
            realm.stop(0);
        }
    }
}
