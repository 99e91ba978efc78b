package pl.cus.portal.intake.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.Attachments;
import pl.cus.portal.intake.Drafts;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.ui.ResidentLayout;

/**
 * Asking for "Za życiem" support: situation, the help wanted (and a document if the family has one), contact,
 * consent, check, send. No income questions and no home visit on this path, by law and by design.
 */
@Route(value = IntakeRoutes.ZA_ZYCIEM + "/:draftId?", layout = ResidentLayout.class)
@PermitAll
class ZaZyciemApplicationView extends ApplicationWizard {

    private final Attachments attachments;

    ZaZyciemApplicationView(Applications applications, Drafts drafts, Deadlines deadlines, Attachments attachments) {
        super(applications, drafts, deadlines);
        this.attachments = attachments;
    }

    @Override
    ApplicationKind kind() {
        return ApplicationKind.ZA_ZYCIEM;
    }

    @Override
    String titleKey() {
        return "intake.zz.title";
    }

    @Override
    List<WizardStep> steps(FormModel model, Runnable changed) {
        return List.of(
                new SituationStep(model, changed),
                new SupportStep(model, changed, attachments, Actors.current().orElseThrow()),
                new ContactStep(model, changed),
                new ConsentStep(model, changed));
    }
}
