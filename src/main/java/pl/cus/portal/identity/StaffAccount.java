package pl.cus.portal.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import pl.cus.portal.shared.Role;

/** A staff account as the administrator sees it in the list. */
public record StaffAccount(
        UUID id,
        String username,
        String displayName,
        @Nullable String email,
        Set<Role> roles,
        boolean enabled) {

    public StaffAccount {
        roles = Set.copyOf(roles);
    }
}
