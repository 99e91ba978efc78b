package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import pl.cus.portal.assistance.SupportItem;
import pl.cus.portal.catalogue.ServiceSummary;

/** A new item of the support catalogue: a service on offer, a note, or both. */
class SupportForm extends Div {

    /** The item as chosen and typed. */
    public record Input(ServiceSummary service, String text) {

        SupportItem item() {
            return new SupportItem(service == null ? null : service.id().value(), null, text.isBlank() ? null : text);
        }
    }

    SupportForm(AssistancePage page, List<SupportItem> items, List<ServiceSummary> offered) {
        var service = new ComboBox<ServiceSummary>(getTranslation("assistance.support.service"));
        service.setId("support-service");
        service.setItems(offered);
        service.setItemLabelGenerator(ServiceSummary::name);
        service.setWidthFull();
        var note = Fields.text("support-text", getTranslation("assistance.support.text"));
        note.setHelperText(getTranslation("assistance.support.text-help"));
        note.setWidthFull();
        var binder = new Binder<>(Input.class);
        binder.forField(service).bind("service");
        binder.forField(note).bind("text");
        add(service, note, Fields.button("support-add", getTranslation("assistance.support.add"), () -> {
            List<SupportItem> next = new ArrayList<>(items);
            next.add(Fields.written(binder).item());
            page.save(
                    page.assistance().saveSupportCatalogue(page.actor(), page.id(), next),
                    getTranslation("assistance.support.saved"));
        }));
    }
}
