package pl.cus.portal.plans.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.plans.MeetingSheet;
import pl.cus.portal.plans.MonitoringNote;
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.PlanPage;
import pl.cus.portal.plans.PlanPages;
import pl.cus.portal.plans.PlanVersion;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Mono;

/** The back-office plan pages: one access check (one logged read) each, then the plan's parts without further checks. */
@Service
class PlanPageService implements PlanPages {

    private final PlanAccess access;
    private final PlanService plans;
    private final PlanLifecycleService lifecycle;
    private final PlanStore planStore;
    private final LifecycleStore store;

    PlanPageService(
            PlanAccess access,
            PlanService plans,
            PlanLifecycleService lifecycle,
            PlanStore planStore,
            LifecycleStore store) {
        this.access = access;
        this.plans = plans;
        this.lifecycle = lifecycle;
        this.planStore = planStore;
        this.store = store;
    }

    @Override
    public Mono<PlanPage> page(Actor staff, ApplicationId id) {
        return access.staffReader(staff, id, "plan page")
                .flatMap(view -> planStore
                        .find(id)
                        .flatMap(plan -> plans.withWarnings(plan)
                                .zipWith(planStore.versions(plan.id()).collectList())
                                .zipWith(store.notes(plan.id()).collectList())
                                .flatMap(parts -> page(
                                        staff,
                                        view,
                                        parts.getT1().getT1(),
                                        parts.getT1().getT2(),
                                        parts.getT2())))
                        .switchIfEmpty(Mono.defer(() -> page(staff, view, null, List.of(), List.of()))));
    }

    private Mono<PlanPage> page(
            Actor staff, CaseView view, Plan plan, List<PlanVersion> versions, List<MonitoringNote> notes) {
        return store.meetings(view.summary().id())
                .collectList()
                .map(meetings -> new PlanPage(
                        view.summary(),
                        plan,
                        versions,
                        meetings,
                        notes,
                        PlanAccess.capabilities(staff, view.summary(), plan)));
    }

    @Override
    public Mono<MeetingSheet> meetingSheet(Actor staff, ApplicationId id, UUID meetingId) {
        return access.staffReader(staff, id, "meeting agreements page")
                .flatMap(view -> lifecycle
                        .meetingOf(id, meetingId)
                        .map(meeting -> new MeetingSheet(view.summary().reference(), meeting)));
    }
}
