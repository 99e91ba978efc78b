package pl.cus.portal.intake.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.intake.ApplicationView;
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

    Mono<ApplicationView> full(Application app) {
        return Mono.zip(
                        store.history(app.id()).collectList(),
                        attachments.ofApplication(app.id()).collectList())
                .map(parts -> new ApplicationView(
                        app.id(),
                        app.reference(),
                        app.kind(),
                        app.status(),
                        app.submittedAt(),
                        app.planDueDate(),
                        deadlineState(app),
                        app.services(),
                        app.needs(),
                        app.household(),
                        app.situation(),
                        app.contact(),
                        app.district(),
                        app.language(),
                        parts.getT2(),
                        parts.getT1(),
                        app.withdrawable()));
    }

    CaseSummary summary(Application app) {
        return new CaseSummary(
                app.id(),
                app.reference(),
                app.kind(),
                app.status(),
                app.submittedAt(),
                app.planDueDate(),
                deadlineState(app),
                app.services(),
                app.situation(),
                app.district(),
                app.language(),
                app.assignee(),
                app.version());
    }

    /** Met once the plan is prepared (agreed and approved); a prepared plan's outcome is final, as on the board. */
    private pl.cus.portal.calendar.DeadlineState deadlineState(Application app) {
        return deadlines.stateOf(
                app.planDueDate(),
                Optional.ofNullable(app.planPreparedOn()),
                app.planPreparedOn() == null && !app.status().isOpen());
    }
}
