package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import pl.cus.portal.assistance.HouseholdLines;
import pl.cus.portal.assistance.InformationCard;
import pl.cus.portal.shared.ui.FieldErrors;

/** The information card as the assistant writes it; the household one person a line ({@link HouseholdLines}). */
class CardForm extends Div {

    /** The form's texts as typed. */
    public record Input(String household, String situation, String strengths, String difficulties) {

        static Input of(InformationCard card) {
            return card == null
                    ? new Input("", "", "", "")
                    : new Input(
                            HouseholdLines.format(card.household()),
                            card.situation(),
                            orEmpty(card.strengths()),
                            orEmpty(card.difficulties()));
        }

        InformationCard card() {
            return new InformationCard(HouseholdLines.parse(household), situation, strengths, difficulties);
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }
    }

    CardForm(AssistancePage page, InformationCard card) {
        var household = Fields.area("card-household", getTranslation("assistance.card.household"));
        household.setHelperText(getTranslation("assistance.card.household-help"));
        var situation = Fields.area("card-situation", getTranslation("assistance.card.situation"));
        var strengths = Fields.area("card-strengths", getTranslation("assistance.card.strengths"));
        var difficulties = Fields.area("card-difficulties", getTranslation("assistance.card.difficulties"));
        var binder = new Binder<>(Input.class);
        binder.forField(household).bind("household");
        binder.forField(situation).bind("situation");
        binder.forField(strengths).bind("strengths");
        binder.forField(difficulties).bind("difficulties");
        binder.readRecord(Input.of(card));
        var fields = FieldErrors.none()
                .with("situation", situation)
                .with("strengths", strengths)
                .with("difficulties", difficulties);
        add(
                household,
                situation,
                strengths,
                difficulties,
                Fields.primary(
                        "card-save",
                        getTranslation("assistance.card.save"),
                        () -> page.save(
                                page.assistance()
                                        .saveCard(
                                                page.actor(),
                                                page.id(),
                                                Fields.written(binder).card()),
                                getTranslation("assistance.card.saved"),
                                fields)));
    }
}
