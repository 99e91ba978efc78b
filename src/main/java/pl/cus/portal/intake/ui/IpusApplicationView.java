package pl.cus.portal.intake.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.List;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.catalogue.Catalogue;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.Drafts;
import pl.cus.portal.shared.ui.ResidentLayout;

/**
 * Applying for services or an individual plan (IPUS): services, needs, contact, consent, check, send.
 * {@code ?service=<id>} ticks the service the resident came from; {@code /<draftId>} resumes a draft.
 */
@Route(value = IntakeRoutes.IPUS + "/:draftId?", layout = ResidentLayout.class)
@PermitAll
class IpusApplicationView extends ApplicationWizard {

    private final Catalogue catalogue;
    private List<ServiceSummary> offered;

    IpusApplicationView(Applications applications, Drafts drafts, Deadlines deadlines, Catalogue catalogue) {
        super(applications, drafts, deadlines);
        this.catalogue = catalogue;
    }

    @Override
    ApplicationKind kind() {
        return ApplicationKind.IPUS;
    }

    @Override
    String titleKey() {
        return "intake.ipus.title";
    }

    @Override
    void prefill(FormModel model, QueryParameters query) {
        query.getSingleParameter("service").ifPresent(value -> {
            try {
                ServiceId wanted = ServiceId.of(value);
                if (offered().stream().anyMatch(service -> service.id().equals(wanted))) {
                    model.services.add(wanted);
                }
            } catch (IllegalArgumentException notAnId) {
                // A mistyped link simply preselects nothing.
            }
        });
    }

    @Override
    List<WizardStep> steps(FormModel model, Runnable changed) {
        return List.of(
                new ServicesStep(offered(), model, changed),
                new NeedsStep(model, changed),
                new ContactStep(model, changed),
                new ConsentStep(model, changed));
    }

    private List<ServiceSummary> offered() {
        if (offered == null) {
            offered = catalogue.offeredServices().collectList().block(Duration.ofSeconds(5));
        }
        return offered;
    }
}
