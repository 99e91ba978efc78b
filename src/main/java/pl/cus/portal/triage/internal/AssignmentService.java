package pl.cus.portal.triage.internal;

import org.springframework.stereotype.Service;
import pl.cus.portal.identity.Account;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.Assignment;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;
import pl.cus.portal.triage.CaseAssignments;
import pl.cus.portal.triage.StaffProfile;
import reactor.core.publisher.Mono;

@Service
class AssignmentService implements CaseAssignments {

    private final BackOfficeApplications backOffice;
    private final Accounts accounts;
    private final RoutingStore profiles;
    private final TriageProperties properties;

    AssignmentService(
            BackOfficeApplications backOffice, Accounts accounts, RoutingStore profiles, TriageProperties properties) {
        this.backOffice = backOffice;
        this.accounts = accounts;
        this.profiles = profiles;
        this.properties = properties;
    }

    @Override
    public Mono<CaseSummary> assign(
            Actor actor, ApplicationId id, String assigneeUsername, String reason, boolean reassign) {
        return Mono.defer(() -> {
            // Residents learn nothing about staff names: refused before the name is looked up.
            RoutingService.requireStaff(actor);
            if (RoutingService.blank(assigneeUsername)) {
                return Mono.error(InvalidInput.of(
                        "assignee", "triage.error.assignee-missing", "Name who takes the application (username)."));
            }
            String username = assigneeUsername.strip();
            return accounts.findByUsername(username)
                    .filter(account -> account.roles().stream().anyMatch(Role::isStaff))
                    .switchIfEmpty(Mono.error(() -> InvalidInput.of(
                            "assignee",
                            "triage.error.assignee-unknown",
                            "There is no member of staff with the username " + username + ".")))
                    .flatMap(account -> assignTo(actor, id, account, reason, reassign));
        });
    }

    @Override
    public Mono<CaseSummary> take(Actor actor, ApplicationId id) {
        return Mono.defer(() -> {
            RoutingService.requireStaff(actor);
            return accounts.findById(actor.id())
                    .switchIfEmpty(Mono.error(() -> InvalidInput.of(
                            "assignee", "triage.error.assignee-unknown", "Your account was not found.")))
                    .flatMap(account -> assignTo(actor, id, account, null, false));
        });
    }

    private Mono<CaseSummary> assignTo(
            Actor actor, ApplicationId id, Account account, String reason, boolean reassign) {
        // The limit goes with the assignment: intake counts and assigns under one lock, so two organisers cannot both
        // give a family assistant her sixteenth family.
        Integer limit = account.roles().contains(Role.FAMILY_ASSISTANT) ? properties.familyAssistantLimit() : null;
        return profiles.profile(account.id())
                .map(StaffProfile::team)
                .defaultIfEmpty("")
                .flatMap(team -> backOffice.assign(
                        actor,
                        id,
                        new Assignment(
                                account.id(),
                                team.isEmpty() ? null : team,
                                RoutingService.blank(reason) ? null : reason.strip(),
                                reassign,
                                limit)));
    }
}
