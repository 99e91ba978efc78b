package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.function.Consumer;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.ServiceCalls;
import reactor.core.publisher.Mono;

/**
 * A dialog that ends the case one way (forwarding, refusal): a {@link Binder} over the form's record, and a confirm
 * button that sends it; a refusal's field errors land on the fields, the rest in the dialog's live region.
 *
 * @param <F> the form's record
 */
abstract class OutcomeDialog<F> extends Dialog {

    protected final Binder<F> binder;
    protected final Feedback feedback;

    OutcomeDialog(String id, String titleKey, Class<F> form) {
        this.binder = new Binder<>(form);
        this.feedback = new Feedback(id.replace("-dialog", "-feedback"));
        setId(id);
        addClassName("triage-dialog");
        setHeaderTitle(getTranslation(titleKey));
    }

    /** The footer: cancel, and confirm that sends the form with {@code send} and tells {@code done} the result. */
    void footer(
            ServiceCalls calls,
            String confirmKey,
            String confirmId,
            FieldErrors fields,
            java.util.function.Function<F, Mono<CaseSummary>> send,
            Consumer<CaseSummary> done) {
        var confirm = new Button(getTranslation(confirmKey), click -> {
            F form;
            try {
                form = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            calls.attempt(send.apply(form), feedback, fields).ifPresent(result -> {
                close();
                done.accept(result);
            });
        });
        confirm.setId(confirmId);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("triage.dialog.cancel"), click -> close()), confirm);
    }
}
