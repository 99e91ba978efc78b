package pl.cus.portal.triage.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import pl.cus.portal.identity.Account;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.Role;
import pl.cus.portal.triage.Routing;
import pl.cus.portal.triage.RoutingRule;
import pl.cus.portal.triage.StaffProfile;
import pl.cus.portal.triage.Suggestion;
import pl.cus.portal.triage.Workload;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
class RoutingService implements Routing {

    static final int MAX_NAME = 120;
    static final int MAX_DISTRICTS = 50;
    static final Set<String> OTHER_LANGUAGES = Set.of("en", "uk");
    static final String SUGGESTION_PURPOSE = "routing suggestion";

    private final RoutingStore store;
    private final BackOfficeApplications backOffice;
    private final Accounts accounts;
    private final TriageProperties properties;
    private final Clock clock;

    RoutingService(
            RoutingStore store,
            BackOfficeApplications backOffice,
            Accounts accounts,
            TriageProperties properties,
            Clock clock) {
        this.store = store;
        this.backOffice = backOffice;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Mono<RoutingBoard> board(Actor staff) {
        return Mono.defer(() -> {
            requireStaff(staff);
            Mono<Map<UUID, Long>> counts = backOffice.openCaseCounts(staff);
            return Mono.zip(
                            store.profiles().collectList(),
                            counts,
                            store.rules().collectList())
                    .map(parts -> new RoutingBoard(
                            parts.getT1().stream()
                                    .map(profile -> new Workload(
                                            profile,
                                            parts.getT2()
                                                    .getOrDefault(profile.accountId(), 0L)
                                                    .intValue(),
                                            limitFor(profile.role())))
                                    .sorted(Comparator.comparingInt(Workload::activeCases)
                                            .reversed()
                                            .thenComparing(w -> w.profile().displayName()))
                                    .toList(),
                            parts.getT3()));
        });
    }

    /** The workload limit for a role; family assistants only (art. 15 ust. 4 ustawy o wspieraniu rodziny). */
    Integer limitFor(Role role) {
        return role == Role.FAMILY_ASSISTANT ? properties.familyAssistantLimit() : null;
    }

    @Override
    public Mono<Suggestion> suggest(Actor staff, ApplicationId id) {
        return Mono.defer(() -> {
            requireStaff(staff);
            return backOffice
                    .open(staff, id, SUGGESTION_PURPOSE)
                    .flatMap(view -> board(staff).map(board -> board.suggest(view.summary())));
        });
    }

    @Override
    public Flux<StaffProfile> profiles(Actor actor) {
        return Flux.defer(() -> {
            requireSettingsReader(actor);
            return store.profiles();
        });
    }

    @Override
    public Mono<StaffProfile> saveProfile(Actor admin, ProfileChange change) {
        return Mono.defer(() -> {
            requireAdmin(admin);
            List<FieldError> errors = new ArrayList<>();
            String username = change == null ? null : change.username();
            if (blank(username)) {
                errors.add(new FieldError("username", "triage.error.username", "Name the staff account (username)."));
            }
            String team = change == null || blank(change.team())
                    ? null
                    : change.team().strip();
            if (team != null && team.length() > MAX_NAME) {
                errors.add(new FieldError(
                        "team", "triage.error.team", "The team name is at most " + MAX_NAME + " characters."));
            }
            Set<String> districts = names(change == null ? null : change.districts());
            if (districts.size() > MAX_DISTRICTS || districts.stream().anyMatch(d -> d.length() > MAX_NAME)) {
                errors.add(new FieldError(
                        "districts",
                        "triage.error.districts",
                        "At most " + MAX_DISTRICTS + " districts of at most " + MAX_NAME + " characters each."));
            }
            Set<String> languages = names(change == null ? null : change.languages()).stream()
                    .filter(language -> !language.equals("pl"))
                    .collect(Collectors.toSet());
            if (!OTHER_LANGUAGES.containsAll(languages)) {
                errors.add(new FieldError(
                        "languages", "triage.error.languages", "Languages are en and uk (Polish is assumed)."));
            }
            if (!errors.isEmpty()) {
                return Mono.error(new InvalidInput(errors));
            }
            return accounts.findByUsername(username.strip())
                    .switchIfEmpty(Mono.error(() -> InvalidInput.of(
                            "username",
                            "triage.error.username-unknown",
                            "There is no account " + username.strip() + ".")))
                    .map(account -> new StaffProfile(
                            account.id(),
                            account.username(),
                            account.displayName(),
                            routingRole(account),
                            team,
                            districts,
                            languages,
                            change.active()))
                    .flatMap(profile -> store.save(profile, admin.id(), clock.instant()));
        });
    }

    private static Role routingRole(Account account) {
        if (account.roles().contains(Role.COORDINATOR)) {
            return Role.COORDINATOR;
        }
        if (account.roles().contains(Role.FAMILY_ASSISTANT)) {
            return Role.FAMILY_ASSISTANT;
        }
        throw InvalidInput.of(
                "username",
                "triage.error.username-role",
                account.username() + " is neither a coordinator nor a family assistant.");
    }

    @Override
    public Flux<RoutingRule> rules(Actor actor) {
        return Flux.defer(() -> {
            requireSettingsReader(actor);
            return store.rules();
        });
    }

    @Override
    public Mono<RoutingRule> saveRule(Actor admin, RoutingRule rule) {
        return Mono.defer(() -> {
            requireAdmin(admin);
            List<FieldError> errors = new ArrayList<>();
            if (rule == null
                    || blank(rule.district())
                    || rule.district().strip().length() > MAX_NAME) {
                errors.add(new FieldError(
                        "district",
                        "triage.error.district",
                        "Name the district (at most " + MAX_NAME + " characters)."));
            }
            if (rule == null || blank(rule.team()) || rule.team().strip().length() > MAX_NAME) {
                errors.add(new FieldError(
                        "team", "triage.error.team", "Name the team (at most " + MAX_NAME + " characters)."));
            }
            if (!errors.isEmpty()) {
                return Mono.error(new InvalidInput(errors));
            }
            return store.saveRule(
                    new RoutingRule(rule.district().strip(), rule.team().strip()), admin.id(), clock.instant());
        });
    }

    @Override
    public Mono<Void> deleteRule(Actor admin, String district) {
        return Mono.defer(() -> {
            requireAdmin(admin);
            return blank(district) ? Mono.empty() : store.deleteRule(district).then();
        });
    }

    private static Set<String> names(List<String> values) {
        return values == null
                ? Set.of()
                : values.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(value -> !value.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static void requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new DomainException.Forbidden("Only staff can do this.");
        }
    }

    private static void requireSettingsReader(Actor actor) {
        if (actor == null || !actor.hasAny(Role.ADMIN, Role.ORGANISER)) {
            throw new DomainException.Forbidden("Routing settings are for the administrator and the organiser.");
        }
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.has(Role.ADMIN)) {
            throw new DomainException.Forbidden("Only the administrator changes routing settings.");
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
