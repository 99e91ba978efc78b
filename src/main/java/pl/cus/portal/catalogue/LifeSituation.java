package pl.cus.portal.catalogue;

/**
 * A need a resident can recognise themselves in ("I am expecting a baby"): the public catalogue's main filter.
 * A service lists the situations it helps with.
 */
public enum LifeSituation {
    EXPECTING_BABY,
    NEWBORN_OR_YOUNG_CHILD,
    CHILD_WITH_DISABILITY,
    PARENTING_SUPPORT,
    CARING_FOR_PARENT,
    OLDER_AGE,
    OWN_DISABILITY_OR_ILLNESS,
    MENTAL_HEALTH,
    LOSS_AND_GRIEF,
    CRISIS_AND_VIOLENCE,
    HOUSING,
    WORK,
    LONELINESS,
    NEW_IN_TOWN;

    /** The translation key of the resident-facing label, e.g. {@code catalogue.situation.EXPECTING_BABY}. */
    public String messageKey() {
        return "catalogue.situation." + name();
    }

    /** The translation key of extra search words for this situation (comma-separated, per language). */
    public String keywordsKey() {
        return "catalogue.situation." + name() + ".keywords";
    }
}
