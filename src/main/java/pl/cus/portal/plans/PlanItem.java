package pl.cus.portal.plans;

import pl.cus.portal.catalogue.ServiceId;

/**
 * One service in the plan (art. 39): what, from whom, where and when.
 *
 * @param serviceName the service's name as the catalogue gave it when the version was written; ignored in drafts
 * @param schedule    frequency and dates in words, e.g. "every Tuesday 16:00–17:00 from 12 January"
 */
public record PlanItem(ServiceId serviceId, String serviceName, String provider, String place, String schedule) {

    /** An item for a draft: the name is filled in from the catalogue when it is saved. */
    public static PlanItem of(ServiceId serviceId, String provider, String place, String schedule) {
        return new PlanItem(serviceId, null, provider, place, schedule);
    }
}
