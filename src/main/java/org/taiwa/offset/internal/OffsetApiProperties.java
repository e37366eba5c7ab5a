package org.taiwa.offset.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The offset API's settings ({@code taiwa.offset.*}).
 *
 * @param estimateRateLimit public estimates per minute and client address ({@code taiwa.offset.estimate-rate-limit})
 */
@ConfigurationProperties("taiwa.offset")
record OffsetApiProperties(@DefaultValue("60") int estimateRateLimit) {

    OffsetApiProperties {
        if (estimateRateLimit < 1) {
            throw new IllegalArgumentException("taiwa.offset.estimate-rate-limit must be at least 1");
        }
    }
}
