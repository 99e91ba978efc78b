package pl.cus.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/** The login page offers the provider's button only for a configured registration with the configured id. */
class OidcSignInOptionTests {

    @Test
    void noButtonWithoutRegistrations() {
        assertThat(new OidcSignInOption(
                                (InMemoryClientRegistrationRepository) null, new OidcProperties("login-gov", null))
                        .button())
                .isEmpty();
    }

    @Test
    void noButtonWhenTheConfiguredIdIsNotRegistered() {
        var repository = new InMemoryClientRegistrationRepository(registration("another"));
        assertThat(new OidcSignInOption(repository, new OidcProperties("login-gov", null)).button())
                .isEmpty();
    }

    @Test
    void buttonLeadsToTheAuthorizationEndpointWithTheConfiguredLabel() {
        var repository = new InMemoryClientRegistrationRepository(registration("login-gov"));
        assertThat(new OidcSignInOption(repository, new OidcProperties("login-gov", null)).button())
                .contains(new OidcSignInOption.Button("oauth2/authorization/login-gov", Optional.empty()));
        assertThat(new OidcSignInOption(repository, new OidcProperties("login-gov", "  Węzeł Krajowy  ")).button())
                .map(OidcSignInOption.Button::label)
                .contains(Optional.of("Węzeł Krajowy"));
    }

    @Test
    void anEmptyRegistrationIdIsAConfigurationError() {
        assertThatThrownBy(() -> new OidcProperties(" ", null))
                .hasMessageContaining("cus.identity.oidc.registration-id");
    }

    private static ClientRegistration registration(String id) {
        return ClientRegistration.withRegistrationId(id)
                .clientId("cus-portal")
                .clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "email", "profile")
                .authorizationUri("https://idp.example.org/authorize")
                .tokenUri("https://idp.example.org/token")
                .jwkSetUri("https://idp.example.org/jwks")
                .userNameAttributeName("sub")
                .build();
    }
}
