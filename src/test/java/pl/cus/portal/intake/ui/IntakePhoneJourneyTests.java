package pl.cus.portal.intake.ui;

import org.junit.jupiter.api.BeforeEach;

/** The same applying, drafts and matters journeys on a phone (390×844, touch). */
class IntakePhoneJourneyTests extends IntakeJourneyTests {

    @BeforeEach
    void onAPhone() {
        usePhone();
    }
}
