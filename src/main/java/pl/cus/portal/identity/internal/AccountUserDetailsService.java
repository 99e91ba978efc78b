package pl.cus.portal.identity.internal;

import java.time.Duration;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import pl.cus.portal.identity.SignInName;

/** Servlet sign-in is synchronous, so the reactive look-up is awaited here, on a Tomcat thread. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountStore store;

    AccountUserDetailsService(AccountStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        // A refused name (a control or format character, blank, too long) never matches an account.
        var name = SignInName.of(login).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return store.findByLogin(name)
                // An account opened through an identity provider has no password: it cannot sign in with one.
                .filter(stored -> stored.passwordHash() != null)
                .map(stored ->
                        (UserDetails) new AccountPrincipal(stored.account(), stored.passwordHash(), stored.enabled()))
                .blockOptional(Duration.ofSeconds(10))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
