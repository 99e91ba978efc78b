package pl.cus.portal.shared.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.jackson.EndpointJsonMapper;
import org.springframework.boot.health.actuate.endpoint.SystemHealthDescriptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * How actuator answers are written: as Spring Boot's own isolated mapper writes them (no nulls), except that the
 * root of {@code /actuator/health} does not list the health groups. With the liveness and readiness groups on,
 * Spring Boot would answer {@code {"status":"UP","groups":["liveness","readiness"]}}; load balancers, scripts and
 * CI compare the plain {@code {"status":"UP"}}, and an anonymous caller learns nothing from the list
 * (docs/operations.md, "Health and probes"). Replaces the mapper that
 * {@code management.endpoints.jackson.isolated-json-mapper=false} turns off.
 */
@Configuration(proxyBeanMethods = false)
class HealthAnswerConfiguration {

    @Bean
    EndpointJsonMapper endpointJsonMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .changeDefaultPropertyInclusion(inclusion -> inclusion
                        .withValueInclusion(JsonInclude.Include.NON_NULL)
                        .withContentInclusion(JsonInclude.Include.NON_NULL))
                .addMixIn(SystemHealthDescriptor.class, WithoutGroups.class)
                .build();
        return () -> mapper;
    }

    private abstract static class WithoutGroups {
        @JsonIgnore
        abstract Set<String> getGroups();
    }
}
