package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.LocalDate;
import java.util.Locale;

/** The family pages' fields, buttons and sections, built alike with their element ids and translated labels. */
final class Fields {

    private Fields() {}

    static Section section(String id, String heading) {
        var section = new Section(new H2(heading));
        section.setId(id);
        section.addClassName("assistance-section");
        return section;
    }

    static DatePicker date(String id, String label, Locale locale, LocalDate value) {
        var picker = new DatePicker(label);
        picker.setId(id);
        picker.setLocale(locale);
        picker.setValue(value);
        return picker;
    }

    static TextArea area(String id, String label) {
        var area = new TextArea(label);
        area.setId(id);
        area.setWidthFull();
        return area;
    }

    static TextField text(String id, String label) {
        var field = new TextField(label);
        field.setId(id);
        return field;
    }

    static Button button(String id, String label, Runnable click) {
        var button = new Button(label, event -> click.run());
        button.setId(id);
        return button;
    }

    static Button primary(String id, String label, Runnable click) {
        var button = button(id, label, click);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    /** The form's record; the forms have no field validators (the service checks), so writing cannot fail. */
    static <T> T written(Binder<T> binder) {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("A family-assistance form has no validators of its own", e);
        }
    }
}
