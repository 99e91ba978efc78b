package pl.cus.portal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.audit.AuditEntry;
import pl.cus.portal.audit.AuditQuery;
import pl.cus.portal.audit.AuditTrail;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.Formats;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.shared.ui.StaffLayout;

/**
 * The audit trail for the organiser and the director: who read, was refused or changed which application, when and
 * why. Filters by application (reference or id, also from {@code ?application=} in the URL), actor, action and dates.
 */
@Route(value = "backoffice/audit", layout = StaffLayout.class)
@Menu(title = "audit.nav", order = 80)
@RolesAllowed({"ORGANISER", "DIRECTOR"})
class AuditView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final AuditTrail audit;
    private final ServiceCalls calls;
    private final Actor actor;
    private final TextField record = new TextField();
    private final TextField who = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Feedback status = new Feedback("audit-status");

    AuditView(AuditTrail audit, ServiceCalls calls) {
        this.audit = audit;
        this.calls = calls;
        this.actor = Actors.current().orElseThrow(() -> new DomainException.Forbidden("Sign in first."));
        addClassNames("staff-view", "audit-view");

        record.setId("audit-record");
        record.setLabel(getTranslation("audit.filter.record"));
        record.setHelperText(getTranslation("audit.filter.record-help"));
        record.setClearButtonVisible(true);
        who.setId("audit-actor");
        who.setLabel(getTranslation("audit.filter.actor"));
        who.setClearButtonVisible(true);
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(value -> getTranslation("audit.action." + value.name()));
        action.setClearButtonVisible(true);
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.filter.to"));
        var search = new Button(getTranslation("audit.filter.apply"), click -> refresh());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        var filters = new Div(record, who, action, from, to, search);
        filters.addClassName("audit-filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("audit.filter.label"));

        grid.setId("audit-entries");
        var formats = Formats.of(getLocale());
        grid.addColumn(entry -> formats.timestamp(entry.at()))
                .setHeader(getTranslation("audit.column.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> entry.actorName() + " ("
                        + getTranslation("role." + entry.role().name()) + ")")
                .setHeader(getTranslation("audit.column.actor"))
                .setFlexGrow(2);
        // The action is a word, never a colour only.
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action().name()))
                .setHeader(getTranslation("audit.column.action"))
                .setFlexGrow(1);
        grid.addColumn(entry -> entry.recordLabel() == null ? entry.recordId().toString() : entry.recordLabel())
                .setHeader(getTranslation("audit.column.record"))
                .setFlexGrow(1);
        grid.addColumn(AuditEntry::purpose)
                .setHeader(getTranslation("audit.column.purpose"))
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("audit.title"));

        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.lead")), filters, status, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("application")
                .ifPresent(record::setValue);
        refresh();
    }

    private void refresh() {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("audit.error.dates"));
            status.error(getTranslation("audit.error.dates"));
            return;
        }
        to.setInvalid(false);
        String text = record.getValue().strip();
        UUID recordId = null;
        String label = null;
        if (!text.isEmpty()) {
            try {
                recordId = UUID.fromString(text);
            } catch (IllegalArgumentException notAnId) {
                label = text;
            }
        }
        var query = new AuditQuery(
                recordId,
                label,
                who.getValue().isBlank() ? null : who.getValue().strip(),
                action.getValue(),
                from.getValue(),
                to.getValue(),
                null);
        List<AuditEntry> entries = calls.list(audit.browse(actor, query));
        grid.setItems(entries);
        status.ok(
                entries.isEmpty()
                        ? getTranslation("audit.empty")
                        : getTranslation("audit.count", entries.size(), AuditQuery.DEFAULT_LIMIT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.page-title");
    }
}
