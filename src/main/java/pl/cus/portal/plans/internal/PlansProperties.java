package pl.cus.portal.plans.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Plan settings ({@code cus.plans.*}).
 *
 * @param endingReminderDays how many days before the current version's last day the coordinator is reminded that the
 *                           plan ends (the last day itself counting as 0)
 */
@ConfigurationProperties("cus.plans")
public record PlansProperties(@DefaultValue("14") int endingReminderDays) {

    static final int MAX_REMINDER_DAYS = 90;

    public PlansProperties {
        if (endingReminderDays < 0 || endingReminderDays > MAX_REMINDER_DAYS) {
            throw new IllegalArgumentException("cus.plans.ending-reminder-days must be between 0 and "
                    + MAX_REMINDER_DAYS + ", was " + endingReminderDays);
        }
    }
}
