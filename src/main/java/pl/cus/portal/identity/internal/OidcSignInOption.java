package pl.cus.portal.identity.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** Whether the login page offers the identity provider's button, and what it says; nothing when not configured. */
@Component
public class OidcSignInOption {

    /** The query parameter on the login page after a sign-in at the provider was refused. */
    public static final String FAILED = "external-error";

    private final @Nullable ClientRegistrationRepository registrations;
    private final OidcProperties properties;

    @Autowired
    OidcSignInOption(ObjectProvider<ClientRegistrationRepository> registrations, OidcProperties properties) {
        this(registrations.getIfAvailable(), properties);
    }

    OidcSignInOption(@Nullable ClientRegistrationRepository registrations, OidcProperties properties) {
        this.registrations = registrations;
        this.properties = properties;
    }

    /** The button to show, or empty when no client registration with the configured id exists. */
    public Optional<Button> button() {
        if (registrations == null || registrations.findByRegistrationId(properties.registrationId()) == null) {
            return Optional.empty();
        }
        return Optional.of(new Button(
                "oauth2/authorization/" + properties.registrationId(), Optional.ofNullable(properties.label())));
    }

    /**
     * @param path  where the button leads, relative to the context root
     * @param label the configured text, or empty for the translated default
     */
    public record Button(String path, Optional<String> label) {}
}
