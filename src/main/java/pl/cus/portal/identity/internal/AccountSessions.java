package pl.cus.portal.identity.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.AuthenticatedActor;

/**
 * Which servlet sessions each account is signed in with, so that a password change can end the others (issue 14,
 * item 5). Sessions are plain Tomcat sessions; Spring Security keeps the signed-in person in the session attribute
 * {@code SPRING_SECURITY_CONTEXT} whichever way they signed in (form, Basic on {@code /api} then the cookie, identity
 * provider), so this listener learns of every signed-in session when that attribute is set, and forgets it when the
 * attribute is removed (sign-out) or the session ends. Spring Boot registers the bean as a servlet listener.
 * Per instance, like the sessions themselves.
 */
@Component
class AccountSessions implements HttpSessionAttributeListener, HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);
    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final Map<UUID, Set<HttpSession>> sessions = new ConcurrentHashMap<>();
    private final Map<HttpSession, UUID> owners = new ConcurrentHashMap<>();

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            track(event.getSession(), event.getValue());
        }
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            // getValue() is the old value here; the session now holds the new one.
            forget(event.getSession());
            track(event.getSession(), event.getSession().getAttribute(CONTEXT));
        }
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            forget(event.getSession());
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        forget(event.getSession());
    }

    /**
     * Ends every session the account is signed in with except the one with id {@code keep} (the session the change
     * came from; {@code null} ends them all). Their next request is anonymous. Returns how many were ended.
     */
    int endOthers(UUID accountId, @Nullable String keep) {
        Set<HttpSession> signedIn = sessions.get(accountId);
        if (signedIn == null) {
            return 0;
        }
        int ended = 0;
        for (HttpSession session : List.copyOf(signedIn)) {
            if (keep != null && keep.equals(session.getId())) {
                continue;
            }
            forget(session);
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyEnded) {
                // Timed out or signed out meanwhile: nothing left to end.
            }
        }
        log.info("Ended {} other session(s) of account {}", ended, accountId);
        return ended;
    }

    private void track(HttpSession session, Object value) {
        if (value instanceof SecurityContext context
                && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof AuthenticatedActor principal) {
            UUID account = principal.actor().id();
            owners.put(session, account);
            sessions.compute(account, (id, signedIn) -> {
                Set<HttpSession> set = signedIn == null ? ConcurrentHashMap.newKeySet() : signedIn;
                set.add(session);
                return set;
            });
        }
    }

    private void forget(HttpSession session) {
        UUID account = owners.remove(session);
        if (account != null) {
            sessions.computeIfPresent(account, (id, signedIn) -> {
                signedIn.remove(session);
                return signedIn.isEmpty() ? null : signedIn;
            });
        }
    }
}
