package pl.cus.portal.identity.internal;

import java.io.Serial;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import pl.cus.portal.identity.Account;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.AuthenticatedActor;
import pl.cus.portal.shared.Role;

/** The signed-in account as Spring Security sees it. */
class AccountPrincipal extends User implements AuthenticatedActor {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;

    AccountPrincipal(Account account, String passwordHash, boolean enabled) {
        super(
                account.username(),
                passwordHash == null ? "" : passwordHash,
                enabled,
                true,
                true,
                true,
                account.roles().stream()
                        .map(Role::authority)
                        .map(SimpleGrantedAuthority::new)
                        .toList());
        this.actor = account.asActor();
    }

    @Override
    public Actor actor() {
        return actor;
    }
}
