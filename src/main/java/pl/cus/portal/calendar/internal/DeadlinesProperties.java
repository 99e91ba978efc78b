package pl.cus.portal.calendar.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import pl.cus.portal.calendar.DeadlinePolicy;
import pl.cus.portal.calendar.DeadlineRule;

/**
 * Deadline settings ({@code cus.deadlines.*}); see docs/deadlines.md.
 *
 * @param rollForward whether a deadline ending on a Saturday, Sunday or holiday moves to the next working day
 * @param dueSoonDays how many days before the due date (the due date counting as 0) an open deadline is due soon
 * @param amounts     per-rule lengths replacing the defaults, e.g. {@code cus.deadlines.amounts.IPUS_PLAN=21};
 *                    each must suit its rule's kind (see {@link pl.cus.portal.calendar.DeadlineKind})
 */
@ConfigurationProperties("cus.deadlines")
public record DeadlinesProperties(
        @DefaultValue("false") boolean rollForward,
        @DefaultValue("7") int dueSoonDays,
        Map<DeadlineRule, Integer> amounts) {

    /** A window longer than a year would mark nearly every deadline as due soon: surely a typo. */
    static final int MAX_DUE_SOON_DAYS = 365;

    public DeadlinesProperties {
        if (dueSoonDays < 0 || dueSoonDays > MAX_DUE_SOON_DAYS) {
            throw new IllegalArgumentException(
                    "cus.deadlines.due-soon-days must be between 0 and " + MAX_DUE_SOON_DAYS + ", was " + dueSoonDays);
        }
        // Not Map.copyOf: a null value must reach the policy, which names the rule in its error.
        Map<DeadlineRule, Integer> copy = new EnumMap<>(DeadlineRule.class);
        if (amounts != null) {
            copy.putAll(amounts);
        }
        amounts = Collections.unmodifiableMap(copy);
        checkWithThePolicy(amounts, rollForward);
    }

    // The policy owns the rules for amounts. Asking it here, rather than only when the bean is built, makes a bad
    // value a binding failure, which Spring Boot reports at start-up as the setting, its value and the reason.
    private static void checkWithThePolicy(Map<DeadlineRule, Integer> amounts, boolean rollForward) {
        try {
            new DeadlinePolicy(amounts, rollForward);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cus.deadlines.amounts: " + e.getMessage(), e);
        }
    }
}
