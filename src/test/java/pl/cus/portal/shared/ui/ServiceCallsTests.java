package pl.cus.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class ServiceCallsTests {

    private final ServiceCalls calls = new ServiceCalls(new UiProperties(Duration.ofMillis(200)));
    private final Feedback feedback = new Feedback("f");

    @BeforeEach
    void polishViewer() {
        var ui = new UI();
        ui.setLocale(Locale.of("pl"));
        UI.setCurrent(ui);
        ui.add(feedback);
    }

    @AfterEach
    void noViewer() {
        UI.setCurrent(null);
    }

    @Test
    void aValueComesBackAndAnEmptyAnswerIsNull() {
        assertThat(calls.get(Mono.just("x"))).isEqualTo("x");
        assertThat(calls.<String>get(Mono.empty())).isNull();
        assertThat(calls.list(Flux.just(1, 2))).containsExactly(1, 2);
    }

    @Test
    void aMissingRecordAndAForbiddenOneLookTheSame() {
        assertThat(calls.find(Mono.error(new DomainException.NotFound("gone")))).isEmpty();
        assertThat(calls.find(Mono.error(new DomainException.Forbidden("not yours"))))
                .isEmpty();
        assertThat(calls.find(Mono.just(7))).contains(7);
    }

    @Test
    void aCallWaitsNoLongerThanTheConfiguredTimeout() {
        assertThatThrownBy(() -> calls.get(Mono.never())).hasMessageStartingWith("Timeout on blocking read");
        assertThat(calls.attempt(Mono.never(), feedback)).isEmpty();
        assertThat(feedback.getText()).isEqualTo("To trwa dłużej niż zwykle. Spróbuj ponownie za chwilę.");
        assertThat(feedback.getElement().getAttribute("aria-live")).isEqualTo("assertive");
    }

    @Test
    void aRefusalIsShownInTheViewersLanguage() {
        boolean done = calls.succeeded(Mono.error(new DomainException.NotFound("gone")), feedback);
        assertThat(done).isFalse();
        assertThat(feedback.getText()).isEqualTo("Nie znaleziono.");
    }

    @Test
    void fieldErrorsLandOnTheirFieldsAndTheRestInTheFeedback() {
        var name = new TextField();
        var invalid = new InvalidInput(List.of(
                new InvalidInput.FieldError("name", "register.error.name", "name"),
                new InvalidInput.FieldError("elsewhere", "error.forbidden", "x")));
        calls.attempt(Mono.error(invalid), feedback, FieldErrors.none().with("name", name));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Wpisz, jak mamy się do Ciebie zwracać (do 120 znaków).");
        assertThat(feedback.getText()).isEqualTo("Nie masz dostępu do tej strony.");

        calls.attempt(Mono.just(1), feedback, FieldErrors.none().with("name", name));
        assertThat(name.isInvalid()).as("a new attempt clears the old errors").isFalse();
    }

    @Test
    void aKeyWithoutTextAndAnUnexpectedFailureGiveTheGeneralSentenceNotTheServicesEnglish() {
        calls.succeeded(Mono.error(new DomainException.Conflict("no.such.key", "English detail")), feedback);
        assertThat(feedback.getText()).isEqualTo("Nie udało się. Odśwież stronę i spróbuj ponownie.");
        calls.succeeded(Mono.error(new IllegalStateException("boom")), feedback);
        assertThat(feedback.getText()).isEqualTo("Nie udało się. Odśwież stronę i spróbuj ponownie.");
    }

    @Test
    void waitingTimeIsGivenInWholeMinutes() {
        var tooMany = new DomainException.TooManyRequests(
                "identity.registration.error.throttled", "slow down", Duration.ofSeconds(61));
        assertThat(Refusals.text(tooMany, Locale.ENGLISH))
                .isEqualTo("Too many attempts for this address. Try again in 2 min.");
    }
}
