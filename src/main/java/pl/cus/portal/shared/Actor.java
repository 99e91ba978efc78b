package pl.cus.portal.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The person acting on the portal. Application services receive it explicitly and decide what it may do,
 * so the same policy serves the Vaadin views and the API (method security does not reach reactive handlers).
 */
public record Actor(UUID id, String username, String displayName, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(UUID id, String username, String displayName, Collection<Role> roles) {
        return new Actor(id, username, displayName, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public boolean isResident() {
        return has(Role.RESIDENT);
    }
}
