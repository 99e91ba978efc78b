package pl.cus.portal.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.identity.Account;
import pl.cus.portal.identity.AccountDisabled;
import pl.cus.portal.identity.AccountEnabled;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.identity.CreatedStaffAccount;
import pl.cus.portal.identity.PasswordAttemptsLocked;
import pl.cus.portal.identity.PasswordChanged;
import pl.cus.portal.identity.SignInName;
import pl.cus.portal.identity.StaffAccount;
import pl.cus.portal.identity.StaffAccountCreated;
import pl.cus.portal.identity.StaffAccountRequest;
import pl.cus.portal.identity.StaffRolesChanged;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@Service
class AccountService implements Accounts {

    private static final String STAFF_LANGUAGE = "pl";

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final EventLog events;
    private final TransactionalOperator transactions;
    private final PasswordRules rules;
    private final LoginThrottle throttle;
    private final AccountSessions sessions;

    AccountService(
            AccountStore store,
            PasswordEncoder passwords,
            EventLog events,
            TransactionalOperator transactions,
            PasswordRules rules,
            LoginThrottle throttle,
            AccountSessions sessions) {
        this.rules = rules;
        this.store = store;
        this.passwords = passwords;
        this.events = events;
        this.transactions = transactions;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    @Override
    public Mono<Account> findByUsername(String username) {
        return Mono.justOrEmpty(SignInName.of(username))
                .flatMap(store::findByLogin)
                .map(AccountStore.StoredAccount::account);
    }

    @Override
    public Mono<Account> findById(UUID id) {
        return store.findById(id).map(AccountStore.StoredAccount::account);
    }

    @Override
    public reactor.core.publisher.Flux<UUID> enabledWithRole(Role role) {
        return store.enabledWithRole(role);
    }

    @Override
    public Mono<CreatedStaffAccount> createStaff(Actor admin, StaffAccountRequest request) {
        return requireAdmin(admin)
                // Judged on the caller's thread: a refusal never runs on (or is interrupted with) a worker (issue 14,
                // item 7).
                .then(Mono.defer(() -> {
                    var valid = request.validated();
                    String password = InitialPasswords.generate();
                    return Mono.fromCallable(() -> new PendingStaff(valid, password, passwords.encode(password)))
                            .subscribeOn(Schedulers.boundedElastic())
                            .publishOn(Schedulers.parallel());
                }))
                .flatMap(pending -> {
                    var valid = pending.request();
                    var account = new Account(
                            UUID.randomUUID(),
                            valid.normalisedUsername(),
                            valid.normalisedEmail(),
                            valid.displayName().strip(),
                            valid.roles(),
                            STAFF_LANGUAGE);
                    return store.insert(account, pending.hash())
                            .switchIfEmpty(Mono.defer(() -> takenField(account)))
                            .flatMap(created -> events.append(new StaffAccountCreated(created.id(), created.roles()))
                                    .thenReturn(created))
                            .as(transactions::transactional)
                            .map(created -> new CreatedStaffAccount(staff(created, true), pending.password()));
                });
    }

    /** The insert skipped a unique conflict: name the field that caused it. */
    private Mono<Account> takenField(Account account) {
        return store.usernameTaken(account.username())
                .flatMap(taken -> Mono.error(
                        taken
                                ? InvalidInput.of(
                                        "username",
                                        "identity.staff.error.username-taken",
                                        "This username is already taken.")
                                : InvalidInput.of(
                                        "email",
                                        "identity.staff.error.email-taken",
                                        "Another account already uses this e-mail address.")));
    }

    @Override
    public Flux<StaffAccount> staffAccounts(Actor admin) {
        return requireAdmin(admin).thenMany(store.findStaff().map(AccountService::staff));
    }

    @Override
    public Mono<StaffAccount> setEnabled(Actor admin, UUID accountId, boolean enabled) {
        return requireAdmin(admin).then(Mono.defer(() -> {
            if (!enabled && accountId.equals(admin.id())) {
                return Mono.error(new DomainException.Conflict(
                        "identity.staff.error.self-disable",
                        "You cannot disable your own account; ask another administrator."));
            }
            return staffAccount(accountId)
                    .flatMap(current -> store.setEnabled(accountId, enabled))
                    .flatMap(changed -> changed
                            ? events.append(enabled ? new AccountEnabled(accountId) : new AccountDisabled(accountId))
                                    .then()
                            : Mono.<Void>empty())
                    .then(staffAccount(accountId))
                    .as(transactions::transactional);
        }));
    }

    @Override
    public Mono<StaffAccount> changeRoles(Actor admin, UUID accountId, Set<Role> roles) {
        return requireAdmin(admin).then(Mono.defer(() -> {
            var error = StaffAccountRequest.roleError(roles);
            if (error.isPresent()) {
                return Mono.error(new InvalidInput(List.of(error.get())));
            }
            if (accountId.equals(admin.id()) && !roles.contains(Role.ADMIN)) {
                return Mono.error(new DomainException.Conflict(
                        "identity.staff.error.self-admin",
                        "You cannot take the administrator role away from yourself; ask another administrator."));
            }
            Set<Role> wanted = Set.copyOf(roles);
            return staffAccount(accountId)
                    .flatMap(current -> current.roles().equals(wanted)
                            ? Mono.<Void>empty()
                            : store.setRoles(accountId, wanted)
                                    .then(events.append(new StaffRolesChanged(accountId, wanted)))
                                    .then())
                    .then(staffAccount(accountId))
                    .as(transactions::transactional);
        }));
    }

    @Override
    public Mono<Void> changePassword(Actor self, String currentPassword, String newPassword, String currentSession) {
        if (self == null) {
            return Mono.error(new DomainException.Forbidden("Sign in to change your password."));
        }
        return store.findById(self.id())
                .switchIfEmpty(Mono.error(() -> new DomainException.NotFound("No such account.")))
                .publishOn(Schedulers.boundedElastic())
                .map(stored -> checkedPasswordChange(stored, currentPassword, newPassword))
                // The answer (a refusal too) is not written from the hashing worker, which a cancel may interrupt (item
                // 7).
                .publishOn(Schedulers.parallel())
                .flatMap(change -> store.replacePasswordHash(self.id(), change.oldHash(), change.newHash())
                        .flatMap(replaced -> replaced
                                ? events.append(new PasswordChanged(self.id())).then()
                                : Mono.error(new DomainException.Conflict(
                                        "identity.password.error.concurrent",
                                        "The password was changed meanwhile; sign in again and retry.")))
                        .as(transactions::transactional)
                        // Whoever else holds a session of this account (a stolen cookie, a forgotten computer) is out.
                        .then(Mono.fromRunnable(() -> sessions.endOthers(self.id(), currentSession))));
    }

    /** Runs on a worker thread: comparing and hashing passwords is deliberately slow. */
    private PasswordChange checkedPasswordChange(
            AccountStore.StoredAccount stored, String currentPassword, String newPassword) {
        if (stored.passwordHash() == null) {
            throw new DomainException.Conflict(
                    "identity.password.error.external",
                    "This account signs in through an external identity provider and has no password here.");
        }
        // Guessing the current password in a session left open is slowed like guessing it at sign-in (decision 0022).
        throttle.waitFor(stored.account()).ifPresent(wait -> {
            throw new PasswordAttemptsLocked(wait);
        });
        List<FieldError> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new FieldError(
                    "currentPassword", "identity.password.error.current", "The current password is not correct."));
        } else if (!passwords.matches(currentPassword, stored.passwordHash())) {
            throttle.failed(stored.account());
            errors.add(new FieldError(
                    "currentPassword", "identity.password.error.current", "The current password is not correct."));
        } else {
            throttle.succeeded(stored.account());
        }
        var broken = rules.check(
                "newPassword",
                newPassword,
                stored.account().email(),
                stored.account().displayName());
        if (broken.isPresent()) {
            errors.add(broken.get());
        } else if (newPassword.equals(currentPassword)) {
            errors.add(new FieldError(
                    "newPassword",
                    "identity.password.error.same",
                    "Choose a password different from the current one."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new PasswordChange(stored.passwordHash(), passwords.encode(newPassword));
    }

    private Mono<StaffAccount> staffAccount(UUID id) {
        return store.findById(id)
                .filter(stored -> stored.account().roles().stream().allMatch(Role::isStaff))
                .map(AccountService::staff)
                .switchIfEmpty(Mono.error(() -> new DomainException.NotFound("No staff account with this id.")));
    }

    private static Mono<Void> requireAdmin(Actor actor) {
        return actor != null && actor.has(Role.ADMIN)
                ? Mono.empty()
                : Mono.error(new DomainException.Forbidden("Only an administrator manages staff accounts."));
    }

    private static StaffAccount staff(AccountStore.StoredAccount stored) {
        return staff(stored.account(), stored.enabled());
    }

    private static StaffAccount staff(Account account, boolean enabled) {
        return new StaffAccount(
                account.id(), account.username(), account.displayName(), account.email(), account.roles(), enabled);
    }

    private record PendingStaff(StaffAccountRequest request, String password, String hash) {}

    private record PasswordChange(String oldHash, String newHash) {}
}
