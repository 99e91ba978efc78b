package pl.cus.portal.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;

/**
 * A dialog that edits one catalogue entry held as named values: the Binder checks what it can in the browser, the
 * application service checks the rest, and its refusals are shown on the named fields.
 */
final class EntityEditor extends Dialog {

    private final Binder<Map<String, Object>> binder = new Binder<>();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final FormLayout form = new FormLayout();
    private final Paragraph formError = new Paragraph();
    private final Map<String, Object> values;

    EntityEditor(String title, Map<String, Object> initial) {
        this.values = new HashMap<>(initial);
        setHeaderTitle(title);
        setModal(true);
        setWidth("min(60rem, 95vw)");
        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        add(form, formError);
    }

    /** Binds a field to the named value; {@code requiredKey} (a message key) makes it required, or {@code null}. */
    @SuppressWarnings("unchecked")
    <V, F extends Component & HasValue<?, V>> F field(String name, F field, String requiredKey, boolean wide) {
        var binding = binder.forField(field);
        if (requiredKey != null) {
            binding = binding.asRequired(getTranslation(requiredKey));
        }
        binding.bind(map -> (V) map.get(name), (map, value) -> map.put(name, value));
        fields.put(name, field);
        form.add(field);
        if (wide) {
            form.setColspan(field, 2);
        }
        return field;
    }

    /** Adds Save and Cancel; {@code save} turns the values into a saved entry or throws the service's refusal. */
    void onSave(Function<Map<String, Object>, Object> save, Consumer<Object> saved) {
        binder.readBean(values);
        var cancel = new Button(getTranslation("catalogue.admin.cancel"), click -> close());
        var ok = new Button(getTranslation("catalogue.admin.save"), click -> {
            formError.setText("");
            fields.values().forEach(component -> {
                if (component instanceof HasValidation validation) {
                    validation.setInvalid(false);
                }
            });
            if (!binder.writeBeanIfValid(values)) {
                formError.setText(getTranslation("form.fix-errors"));
                return;
            }
            try {
                saved.accept(save.apply(values));
                close();
            } catch (InvalidInput invalid) {
                invalid.errors().forEach(error -> {
                    if (fields.get(error.field()) instanceof HasValidation validation) {
                        validation.setErrorMessage(getTranslation(error.messageKey()));
                        validation.setInvalid(true);
                    }
                });
                formError.setText(getTranslation("form.fix-errors"));
            } catch (DomainException refused) {
                formError.setText(getTranslation(refused.messageKey()));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("catalogue-admin-save");
        getFooter().add(cancel, ok);
    }
}
