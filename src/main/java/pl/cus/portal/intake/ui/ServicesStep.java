package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.catalogue.ServiceSummary;

/**
 * IPUS, page 1: which services. A checkbox per offered service, narrowed by a search box; hidden boxes keep their
 * ticks, so searching never loses a choice.
 */
class ServicesStep extends Div implements WizardStep {

    private final FormModel model;
    private final Map<ServiceId, Checkbox> boxes = new LinkedHashMap<>();
    private final Map<ServiceId, ServiceSummary> offered = new LinkedHashMap<>();
    private final TextField filter = new TextField();
    private final FieldSet group = new FieldSet();
    private final Paragraph error = new Paragraph();
    private final Paragraph noMatch = new Paragraph();

    ServicesStep(List<ServiceSummary> services, FormModel model, Runnable changed) {
        this.model = model;
        addClassName("services-step");
        add(new Paragraph(getTranslation("intake.services.lead")));
        filter.setId("service-filter");
        filter.setLabel(getTranslation("intake.services.filter"));
        filter.setHelperText(getTranslation("intake.services.filter-help"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(change -> narrow(change.getValue()));

        group.setId("services");
        group.setLegendText(getTranslation("intake.services.legend"));
        group.addClassName("service-choices");
        error.setId("services-error");
        error.addClassName("field-error");
        error.setVisible(false);
        group.add(error);
        for (ServiceSummary service : services) {
            offered.put(service.id(), service);
            var box = new Checkbox(service.name());
            box.setId("service-" + service.id());
            if (service.summary() != null && !service.summary().isBlank()) {
                box.setHelperText(service.summary());
            }
            box.setValue(model.services.contains(service.id()));
            box.addValueChangeListener(change -> {
                if (change.getValue()) {
                    model.services.add(service.id());
                } else {
                    model.services.remove(service.id());
                }
                if (change.isFromClient()) {
                    changed.run();
                }
            });
            boxes.put(service.id(), box);
            group.add(box);
        }
        noMatch.setText(getTranslation("intake.services.no-match"));
        noMatch.setVisible(false);
        if (services.isEmpty()) {
            group.add(new Paragraph(getTranslation("intake.services.none-offered")));
        }
        group.add(noMatch);
        add(filter, group);
    }

    private void narrow(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        boolean any = false;
        for (var entry : boxes.entrySet()) {
            ServiceSummary service = offered.get(entry.getKey());
            String haystack = (service.name() + " " + nullToEmpty(service.summary()) + " "
                            + nullToEmpty(service.programmeName()))
                    .toLowerCase(Locale.ROOT);
            boolean visible = wanted.isEmpty()
                    || haystack.contains(wanted)
                    || entry.getValue().getValue();
            entry.getValue().setVisible(visible);
            any |= visible;
        }
        noMatch.setVisible(!any);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String headingKey() {
        return "intake.services.title";
    }

    @Override
    public Component content() {
        return this;
    }

    @Override
    public List<Problem> validate() {
        error.setVisible(false);
        group.getElement().removeAttribute("aria-describedby");
        if (!model.services.isEmpty()) {
            return List.of();
        }
        return List.of(mark(getTranslation("intake.services.error.none")));
    }

    private Problem mark(String message) {
        error.setText(message);
        error.setVisible(true);
        group.getElement().setAttribute("aria-describedby", error.getId().orElseThrow());
        return new Problem(message, this::focusFirst);
    }

    private void focusFirst() {
        boxes.values().stream()
                .filter(Component::isVisible)
                .findFirst()
                .ifPresentOrElse(Checkbox::focus, filter::focus);
    }

    @Override
    public List<Answer> answers() {
        List<String> names = new ArrayList<>();
        model.services.forEach(id -> names.add(Optional.ofNullable(offered.get(id))
                .map(ServiceSummary::name)
                .orElse(getTranslation("intake.services.unavailable"))));
        return List.of(new Answer(getTranslation("intake.services.legend"), String.join("\n", names)));
    }

    @Override
    public Optional<Problem> serverError(String field, String message) {
        return field.startsWith("service") ? Optional.of(mark(message)) : Optional.empty();
    }
}
