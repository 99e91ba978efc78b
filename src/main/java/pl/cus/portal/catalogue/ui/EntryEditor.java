package pl.cus.portal.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import java.util.function.Function;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.ServiceCalls;
import reactor.core.publisher.Mono;

/** A dialog around one {@link EntryForm}: Save asks the service, which answers the saved entry's name or refuses. */
final class EntryEditor<D extends Record> extends Dialog {

    private final Feedback feedback = new Feedback("catalogue-admin-feedback");

    EntryEditor(
            String title,
            EntryForm<D> form,
            ServiceCalls calls,
            Function<D, Mono<String>> save,
            Consumer<String> saved) {
        setHeaderTitle(title);
        setModal(true);
        setWidth("min(60rem, 95vw)");
        add(form, feedback);
        var cancel = new Button(getTranslation("catalogue.admin.cancel"), click -> close());
        var ok = new Button(getTranslation("catalogue.admin.save"), click -> {
            feedback.clear();
            form.write()
                    .ifPresentOrElse(
                            draft -> calls.attempt(save.apply(draft), feedback, form.fields())
                                    .ifPresent(name -> {
                                        saved.accept(name);
                                        close();
                                    }),
                            () -> feedback.error(getTranslation("form.fix-errors")));
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("catalogue-admin-save");
        getFooter().add(cancel, ok);
    }
}
