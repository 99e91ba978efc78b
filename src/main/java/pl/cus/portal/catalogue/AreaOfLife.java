package pl.cus.portal.catalogue;

/** The fourteen areas of social services named in art. 2 of the CUS act; a service belongs to one. */
public enum AreaOfLife {
    FAMILY_POLICY,
    FAMILY_SUPPORT,
    FOSTER_CARE,
    SOCIAL_ASSISTANCE,
    HEALTH_PROMOTION,
    DISABILITY_SUPPORT,
    EDUCATION,
    EMPLOYMENT,
    CULTURE,
    SPORT_AND_TOURISM,
    CIVIC_ACTIVITY,
    HOUSING,
    ENVIRONMENT,
    SOCIAL_AND_VOCATIONAL_REINTEGRATION;

    /** The translation key of the area's name, e.g. {@code catalogue.area.FAMILY_SUPPORT}. */
    public String messageKey() {
        return "catalogue.area." + name();
    }
}
