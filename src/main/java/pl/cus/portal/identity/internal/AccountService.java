package pl.cus.portal.identity.internal;

import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.identity.Account;
import pl.cus.portal.identity.AccountRegistered;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.identity.Registration;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@Service
class AccountService implements Accounts {

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final EventLog events;
    private final TransactionalOperator transactions;

    AccountService(AccountStore store, PasswordEncoder passwords, EventLog events, TransactionalOperator transactions) {
        this.store = store;
        this.passwords = passwords;
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public Mono<Account> register(Registration registration) {
        return Mono.fromCallable(() -> {
                    var valid = registration.validated();
                    return new Pending(valid, passwords.encode(valid.password()));
                })
                // Hashing is deliberately slow: keep it off the event loop.
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(pending -> {
                    var valid = pending.registration();
                    var account = new Account(UUID.randomUUID(), valid.normalisedEmail(), valid.normalisedEmail(),
                            valid.displayName().strip(), Set.of(Role.RESIDENT), valid.languageOrDefault());
                    return store.insert(account, pending.hash())
                            .switchIfEmpty(Mono.error(() -> InvalidInput.of("email", "register.error.taken",
                                    "An account with this e-mail address already exists. Sign in, or reset the password.")))
                            .flatMap(created -> events.append(new AccountRegistered(created.id())).thenReturn(created))
                            .as(transactions::transactional);
                });
    }

    @Override
    public Mono<Account> findByUsername(String username) {
        return store.findByLogin(username).map(AccountStore.StoredAccount::account);
    }

    @Override
    public Mono<Account> findById(UUID id) {
        return store.findById(id).map(AccountStore.StoredAccount::account);
    }

    private record Pending(Registration registration, String hash) {
    }
}
