package pl.cus.portal.identity.internal;

import java.io.Serial;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import pl.cus.portal.identity.Account;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.AuthenticatedActor;

/** A person signed in through the identity provider, as the portal account it maps to. */
class OidcAccountPrincipal extends DefaultOidcUser implements AuthenticatedActor {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;

    OidcAccountPrincipal(
            Account account,
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            @Nullable OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo);
        this.actor = account.asActor();
    }

    @Override
    public Actor actor() {
        return actor;
    }

    /** The portal username, like a password sign-in, rather than the provider's subject. */
    @Override
    public String getName() {
        return actor.username();
    }
}
