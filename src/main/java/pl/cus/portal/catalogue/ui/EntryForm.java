package pl.cus.portal.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import pl.cus.portal.shared.ui.FieldErrors;

/**
 * The fields of one catalogue entry over a draft record: the {@link Binder} checks what the browser can (required
 * fields), the service checks the rest and its refusals land on the fields named as the service names them.
 *
 * @param <D> the draft record, whose components are named as the service's fields
 */
abstract class EntryForm<D extends Record> extends FormLayout {

    static final String REQUIRED = "catalogue.error.required";

    private final Binder<D> binder;
    private final FieldErrors fields = FieldErrors.none();

    EntryForm(Class<D> draft) {
        this.binder = new Binder<>(draft);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));
    }

    /** Binds {@code field} to the draft's component {@code name}; a {@code requiredKey} makes it required. */
    <V, F extends Component & HasValue<?, V> & HasValidation> F bind(
            String name, F field, String requiredKey, boolean wide) {
        var binding = binder.forField(field);
        if (requiredKey != null) {
            binding = binding.asRequired(getTranslation(requiredKey));
        }
        binding.bind(name);
        fields.with(name, field);
        add(field);
        if (wide) {
            setColspan(field, 2);
        }
        return field;
    }

    void read(D draft) {
        binder.readRecord(draft);
    }

    /** The draft, or empty when a field the browser can check is wrong (the field says which). */
    Optional<D> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    FieldErrors fields() {
        return fields;
    }

    TextField text(String labelKey) {
        var field = new TextField(getTranslation(labelKey));
        field.setWidthFull();
        return field;
    }

    TextArea area(String labelKey) {
        var field = new TextArea(getTranslation(labelKey));
        field.setWidthFull();
        return field;
    }

    DatePicker date(String labelKey) {
        var field = new DatePicker(getTranslation(labelKey));
        field.setLocale(getLocale());
        return field;
    }

    TextField languages() {
        var field = text("catalogue.service.languages");
        field.setHelperText(getTranslation("catalogue.admin.languages-help"));
        return field;
    }

    <T> MultiSelectComboBox<T> multi(String labelKey, Collection<T> items, Function<T, String> label) {
        var field = new MultiSelectComboBox<T>(getTranslation(labelKey));
        field.setItems(items);
        field.setItemLabelGenerator(label::apply);
        field.setWidthFull();
        return field;
    }
}
