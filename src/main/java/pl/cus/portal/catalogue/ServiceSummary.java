package pl.cus.portal.catalogue;

import java.util.Objects;

/**
 * What other modules need to know about a service: enough to show it in a form, a list or a plan.
 *
 * @param programmeId   the programme the service is offered under, or {@code null} for a service another provider
 *                      offers outside the centre's programmes
 * @param programmeName the programme's name, or {@code null} with {@code programmeId}
 */
public record ServiceSummary(ServiceId id, String name, String summary, ProgrammeId programmeId, String programmeName) {

    public ServiceSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
