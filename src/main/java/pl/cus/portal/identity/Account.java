package pl.cus.portal.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;

/** A person's account. Residents sign in with their e-mail address; staff with the username the administrator gave. */
public record Account(
        UUID id,
        String username,
        @Nullable String email,
        String displayName,
        Set<Role> roles,
        String preferredLanguage) {

    public Actor asActor() {
        return Actor.of(id, username, displayName, roles);
    }
}
