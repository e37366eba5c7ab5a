package org.taiwa.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class AbsoluteSessionTimeoutTest {

    private static final Instant CREATED = Instant.parse("2026-11-29T00:00:00Z");

    private static MockHttpSession run(Duration age) throws Exception {
        var session = new MockHttpSession();
        // MockHttpSession's creation time is its construction: measure the age from there
        var clock = Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(age), ZoneOffset.UTC);
        var request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        var chain = new MockFilterChain();
        new AbsoluteSessionTimeout(Duration.ofHours(12), clock).doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).as("the request goes on").isNotNull();
        return session;
    }

    @Test
    void a_session_younger_than_the_limit_stays() throws Exception {
        assertThat(run(Duration.ofHours(11).plusMinutes(59)).isInvalid()).isFalse();
    }

    @Test
    void a_session_older_than_the_limit_is_ended_however_active() throws Exception {
        assertThat(run(Duration.ofHours(12).plusSeconds(1)).isInvalid()).isTrue();
    }

    @Test
    void a_request_without_a_session_gets_none() throws Exception {
        var request = new MockHttpServletRequest("GET", "/");
        new AbsoluteSessionTimeout(Duration.ofHours(12), Clock.fixed(CREATED, ZoneOffset.UTC))
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(request.getSession(false)).isNull();
    }
}
