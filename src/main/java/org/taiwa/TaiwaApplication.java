package org.taiwa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.taiwa.storage.BackupCommand;

/** Taiwa (対話): the portal of the climate-policy network of Tokyo's 62 municipalities. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TaiwaApplication {

    public static void main(String[] args) {
        if (BackupCommand.asked(args)) {
            // a backup or restore talks to the database over the wire and exits; the portal does not start
            System.exit(BackupCommand.run(args));
        }
        SpringApplication.run(TaiwaApplication.class, args);
    }
}
