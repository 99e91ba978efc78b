package pl.cus.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.plans.PlanItem;
import pl.cus.portal.shared.ui.FieldErrors;

/** One service of the plan in the editor: which, from whom, where, when; removable. */
class PlanItemRow extends Div {

    private final ComboBox<ServiceSummary> service = new ComboBox<>();
    private final TextField provider = new TextField();
    private final TextField place = new TextField();
    private final TextField schedule = new TextField();

    /** Row {@code index} (from 0), filled from {@code item} when it is not {@code null}. */
    PlanItemRow(int index, List<ServiceSummary> offered, PlanItem item) {
        int n = index + 1;
        service.setLabel(getTranslation("plans.editor.service", n));
        service.setItems(offered);
        service.setItemLabelGenerator(ServiceSummary::name);
        service.setId("plan-item-" + index + "-service");
        provider.setLabel(getTranslation("plans.editor.provider", n));
        provider.setId("plan-item-" + index + "-provider");
        place.setLabel(getTranslation("plans.editor.place", n));
        place.setId("plan-item-" + index + "-place");
        schedule.setLabel(getTranslation("plans.editor.schedule", n));
        schedule.setHelperText(getTranslation("plans.editor.schedule-help"));
        schedule.setId("plan-item-" + index + "-schedule");
        var removal = new Button(getTranslation("plans.editor.remove-service", n), click -> removeFromParent());
        addClassName("plans-item");
        add(service, provider, place, schedule, removal);
        if (item != null) {
            offered.stream()
                    .filter(s -> s.id().equals(item.serviceId()))
                    .findFirst()
                    .ifPresent(service::setValue);
            provider.setValue(item.provider());
            place.setValue(item.place());
            schedule.setValue(item.schedule());
        }
    }

    /** The item as entered; the service's name is filled in by the plan when it is saved. */
    PlanItem item() {
        return PlanItem.of(
                service.getValue() == null ? null : service.getValue().id(),
                provider.getValue(),
                place.getValue(),
                schedule.getValue());
    }

    /** Names this row's fields as the service does when it is item {@code position} of the draft. */
    FieldErrors named(FieldErrors fields, int position) {
        String at = "items[" + position + "].";
        return fields.with(at + "serviceId", service)
                .with(at + "provider", provider)
                .with(at + "place", place)
                .with(at + "schedule", schedule);
    }
}
