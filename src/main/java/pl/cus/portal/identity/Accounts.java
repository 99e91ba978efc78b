package pl.cus.portal.identity;

import java.util.Set;
import java.util.UUID;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Accounts: look-ups, staff accounts managed by the administrator, and each person's own
 * password. Operations that take an {@link Actor} decide themselves whether that person may do it (decision 0006):
 * staff account management is for {@link Role#ADMIN} only and fails with
 * {@link pl.cus.portal.shared.DomainException.Forbidden} otherwise.
 * Resident registration and password reset by e-mail are {@link Registrations}.
 */
public interface Accounts {

    Mono<Account> findByUsername(String username);

    Mono<Account> findById(UUID id);

    /**
     * The ids of enabled accounts holding the role, for routing notices to a role (e.g. every organiser). Ids only:
     * no names or addresses leave identity this way, so no actor is needed.
     */
    reactor.core.publisher.Flux<UUID> enabledWithRole(pl.cus.portal.shared.Role role);

    /**
     * Opens a staff account with a generated initial password, returned here once and stored only as a hash.
     * Invalid fields and a taken username or e-mail fail with {@link pl.cus.portal.shared.InvalidInput} naming the field.
     */
    Mono<CreatedStaffAccount> createStaff(Actor admin, StaffAccountRequest request);

    /** Every staff account, by display name. */
    Flux<StaffAccount> staffAccounts(Actor admin);

    /**
     * Enables or disables a staff account; a disabled account cannot sign in. Administrators cannot disable
     * themselves. Setting the state it already has changes nothing and records no event.
     */
    Mono<StaffAccount> setEnabled(Actor admin, UUID accountId, boolean enabled);

    /** Replaces a staff account's roles (staff roles only); administrators cannot take ADMIN away from themselves. */
    Mono<StaffAccount> changeRoles(Actor admin, UUID accountId, Set<Role> roles);

    /**
     * The signed-in person changes their own password. A wrong current password fails on field
     * {@code currentPassword}, a weak new one on {@code newPassword}. Wrong current passwords count against the
     * account's sign-in allowance; while it is used up the change fails with {@link PasswordAttemptsLocked} before the
     * password is checked. After the change every other session of the account is ended.
     *
     * @param currentSession the id of the servlet session the change comes from, which stays signed in; {@code null}
     *                       when it comes from none (then every session of the account ends)
     */
    Mono<Void> changePassword(Actor self, String currentPassword, String newPassword, String currentSession);
}
