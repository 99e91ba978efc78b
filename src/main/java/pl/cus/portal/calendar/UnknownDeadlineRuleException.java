package pl.cus.portal.calendar;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A deadline rule id that no {@link DeadlineRule} has. Its own type so that an API can answer 400 with the
 * offending id and the valid ones.
 */
public class UnknownDeadlineRuleException extends IllegalArgumentException {

    private final String id;

    public UnknownDeadlineRuleException(String id) {
        super("Unknown deadline rule id '" + id + "'; known ids: "
                + Arrays.stream(DeadlineRule.values()).map(DeadlineRule::id).collect(Collectors.joining(", ")));
        this.id = id;
    }

    /** The id as given, possibly null. */
    public String id() {
        return id;
    }
}
