package pl.cus.portal.shared;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the acting person from a Spring Security authentication. */
public final class Actors {

    private Actors() {}

    public static Optional<Actor> of(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return authentication.getPrincipal() instanceof AuthenticatedActor principal
                ? Optional.of(principal.actor())
                : Optional.empty();
    }

    /** The actor on the current servlet thread (Vaadin request handling, servlet filters). */
    public static Optional<Actor> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }
}
