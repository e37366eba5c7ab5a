package org.taiwa.discussion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the discussion module.
 *
 * @param demoData seed the research committee's spaces at start-up (on in the quick start)
 */
@ConfigurationProperties("taiwa.discussion")
public record DiscussionProperties(@DefaultValue("true") boolean demoData) {
}
