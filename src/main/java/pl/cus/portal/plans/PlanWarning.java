package pl.cus.portal.plans;

import java.util.List;
import pl.cus.portal.catalogue.ServiceId;

/**
 * Something the coordinator should look at again, which does not stop the plan from being saved.
 *
 * @param code     {@code EXCLUSIVE_SERVICES} (two services exclude each other) or {@code MORE_THAN_FOUR} (best
 *                 practice is 3–4 services chosen by the family)
 * @param services the services concerned
 */
public record PlanWarning(String code, String message, List<ServiceId> services) {

    public static final String EXCLUSIVE_SERVICES = "EXCLUSIVE_SERVICES";
    public static final String MORE_THAN_FOUR = "MORE_THAN_FOUR";

    public PlanWarning {
        services = List.copyOf(services);
    }
}
