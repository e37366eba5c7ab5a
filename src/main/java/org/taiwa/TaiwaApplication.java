package org.taiwa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Taiwa (対話): the portal of the climate-policy network of Tokyo's 62 municipalities. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TaiwaApplication {

    public static void main(String[] args) {
        SpringApplication.run(TaiwaApplication.class, args);
    }
}
