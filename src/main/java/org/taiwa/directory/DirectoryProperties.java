package org.taiwa.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings of the directory.
 *
 * @param municipalities the CSV of the 62 municipalities seeded at start-up
 */
@ConfigurationProperties("taiwa.directory")
public record DirectoryProperties(
        @DefaultValue("classpath:taiwa-config/tokyo-62-municipalities.csv") Resource municipalities) {
}
