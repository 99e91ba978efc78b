package pl.cus.portal.catalogue.ui;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** The same catalogue journeys on a phone (390×844, touch). */
class CataloguePhoneJourneyTests extends CatalogueJourneyTests {

    @BeforeEach
    void onAPhone() {
        usePhone();
    }

    @Override
    @Test
    @Disabled("On the phone context the browser's Back stays on the service page (seen once in verify, 2026-11-23); "
            + "to investigate under issue 8 before enabling")
    void aCarerFindsRespiteCareByWordsAndTheSearchSurvivesBack() {
    }
}
