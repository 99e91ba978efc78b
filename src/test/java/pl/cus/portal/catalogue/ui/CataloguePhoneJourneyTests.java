package pl.cus.portal.catalogue.ui;

import org.junit.jupiter.api.BeforeEach;

/** The same catalogue journeys on a phone (390×844, touch). */
class CataloguePhoneJourneyTests extends CatalogueJourneyTests {

    @BeforeEach
    void onAPhone() {
        usePhone();
    }
}
