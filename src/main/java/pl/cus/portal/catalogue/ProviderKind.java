package pl.cus.portal.catalogue;

/** Who runs a service: the centre itself, another municipal unit, or an outside organisation. */
public enum ProviderKind {
    CENTRE,
    MUNICIPAL_UNIT,
    NGO,
    SCHOOL,
    HEALTH_CARE,
    CULTURE,
    SPORT,
    CHURCH_OR_RELIGIOUS,
    BUSINESS;

    public String messageKey() {
        return "catalogue.provider-kind." + name();
    }
}
