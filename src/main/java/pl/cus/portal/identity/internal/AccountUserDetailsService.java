package pl.cus.portal.identity.internal;

import java.time.Duration;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Servlet sign-in is synchronous, so the reactive look-up is awaited here, on a Tomcat thread. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountStore store;

    AccountUserDetailsService(AccountStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        if (login == null || login.isBlank() || login.length() > 254) {
            throw new UsernameNotFoundException("unknown");
        }
        return store.findByLogin(login)
                // An account opened through an identity provider has no password: it cannot sign in with one.
                .filter(stored -> stored.passwordHash() != null)
                .map(stored -> (UserDetails) new AccountPrincipal(stored.account(), stored.passwordHash(), stored.enabled()))
                .blockOptional(Duration.ofSeconds(10))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
