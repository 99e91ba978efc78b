package pl.cus.portal.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The second sign-in path ({@code cus.identity.oidc.*}); the provider itself is configured with Spring Boot's
 * {@code spring.security.oauth2.client.registration.<id>.*}. See docs/configuration.md.
 *
 * @param registrationId which client registration the login page offers (its button goes to
 *                       {@code /oauth2/authorization/<id>})
 * @param label          the button's text; empty: the translated "Zaloguj się przez login.gov.pl"
 */
@ConfigurationProperties("cus.identity.oidc")
public record OidcProperties(@DefaultValue("login-gov") String registrationId, String label) {

    public OidcProperties {
        if (registrationId == null || registrationId.isBlank()) {
            throw new IllegalArgumentException("cus.identity.oidc.registration-id must not be empty");
        }
        label = label == null || label.isBlank() ? null : label.strip();
    }
}
