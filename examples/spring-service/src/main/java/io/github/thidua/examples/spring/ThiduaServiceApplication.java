package io.github.thidua.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The endpoints of {@code thidua serve} as a Spring Boot service: the thidua starter configures the engine from
 * {@code thidua.*} properties, {@link ThiduaController} serves {@code docs/openapi.yaml}'s endpoints, Actuator
 * serves {@code /actuator/health} (with the rule pack's version) and springdoc generates the OpenAPI document at
 * {@code /v3/api-docs}.
 *
 * <pre>{@code java -jar thidua-example-spring-service.jar --thidua.profile=bac-ninh --server.port=8080}</pre>
 */
@SpringBootApplication
public class ThiduaServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(ThiduaServiceApplication.class, args);
    }
}
