package pl.cus.portal.catalogue;

/** What an administrator did to a catalogue entry. */
public enum CatalogueChange {
    CREATED,
    UPDATED,
    RETIRED,
    RESTORED
}
