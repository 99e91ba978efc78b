package pl.cus.portal.intake.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import pl.cus.portal.deadlines.Deadlines;
import pl.cus.portal.intake.ApplicationView;
import pl.cus.portal.intake.Assignee;
import pl.cus.portal.intake.CaseSummary;
import reactor.core.publisher.Mono;

/** Builds what callers see of a stored application: the full view and the minimal triage summary. */
@Component
class ApplicationViews {

    private final ApplicationStore store;
    private final AttachmentStore attachments;
    private final Deadlines deadlines;

    ApplicationViews(ApplicationStore store, AttachmentStore attachments, Deadlines deadlines) {
        this.store = store;
        this.attachments = attachments;
        this.deadlines = deadlines;
    }

    Mono<ApplicationView> full(StoredApplication app) {
        return Mono.zip(store.history(app.id()).collectList(), attachments.ofApplication(app.id()).collectList())
                .map(parts -> new ApplicationView(app.id(), app.reference(), app.kind(), app.status(), app.submittedAt(),
                        app.planDueDate(),
                        deadlines.stateOf(app.planDueDate(), Optional.ofNullable(app.planAgreedOn()), !app.status().isOpen()),
                        app.services(), app.needs(), app.household(), app.situation(), app.contact(), app.district(),
                        app.language(), parts.getT2(), parts.getT1(), app.withdrawable()));
    }

    CaseSummary summary(StoredApplication app) {
        Assignee assignee = app.assigneeId() == null ? null
                : new Assignee(app.assigneeId(), app.assigneeUsername(), app.assigneeName(), app.assigneeTeam());
        return new CaseSummary(app.id(), app.reference(), app.kind(), app.status(), app.submittedAt(), app.planDueDate(),
                deadlines.stateOf(app.planDueDate(), Optional.empty(), !app.status().isOpen()), app.services(), app.situation(),
                app.district(), app.language(), assignee, app.version());
    }
}
