package org.taiwa.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class ApiRateLimitFilterTest {

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_account_of_an_http_basic_header_is_its_username() {
        assertThat(ApiRateLimitFilter.basicUsername(basic("staff.minato:taiwa-demo"))).isEqualTo("staff.minato");
        assertThat(ApiRateLimitFilter.basicUsername("basic " + basic("港区:a:b").substring(6))).isEqualTo("港区");
    }

    @Test
    void other_or_malformed_headers_name_no_account() {
        assertThat(ApiRateLimitFilter.basicUsername(null)).isNull();
        assertThat(ApiRateLimitFilter.basicUsername("Bearer abc.def")).isNull();
        assertThat(ApiRateLimitFilter.basicUsername("Basic ***")).isNull();
        assertThat(ApiRateLimitFilter.basicUsername(basic("no-colon"))).isNull();
    }
}
