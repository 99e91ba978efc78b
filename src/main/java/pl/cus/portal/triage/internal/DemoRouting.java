package pl.cus.portal.triage.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.Role;
import pl.cus.portal.triage.RoutingRule;
import pl.cus.portal.triage.StaffProfile;
import reactor.core.publisher.Flux;

/**
 * Routing profiles for the demo coordinators (ewa, piotr) and family assistant (marta), and district → team rules
 * for the demo town Nadrzecze. Only with {@code cus.demo-data=true}; an administrator's later change is kept.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("cus.demo-data")
class DemoRouting implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRouting.class);

    static final String TEAM_NORTH = "Stare Miasto";
    static final String TEAM_CENTRE = "Śródmieście";
    static final String TEAM_FAMILY = "Wsparcie rodziny";

    static final List<StaffProfile> PROFILES = List.of(
            new StaffProfile(
                    UUID.fromString("00000000-0000-0000-0000-000000000201"),
                    "ewa",
                    "Ewa Kowalska",
                    Role.COORDINATOR,
                    TEAM_NORTH,
                    Set.of("Stare Miasto", "Osiedle Słoneczne", "Piaski"),
                    Set.of("en"),
                    true),
            new StaffProfile(
                    UUID.fromString("00000000-0000-0000-0000-000000000202"),
                    "piotr",
                    "Piotr Wiśniewski",
                    Role.COORDINATOR,
                    TEAM_CENTRE,
                    Set.of("Śródmieście", "Nowe Pole"),
                    Set.of("uk"),
                    true),
            new StaffProfile(
                    UUID.fromString("00000000-0000-0000-0000-000000000203"),
                    "marta",
                    "Marta Zielińska",
                    Role.FAMILY_ASSISTANT,
                    TEAM_FAMILY,
                    Set.of("Śródmieście", "Stare Miasto", "Osiedle Słoneczne", "Zatorze", "Piaski", "Nowe Pole"),
                    Set.of(),
                    true));

    static final List<RoutingRule> RULES = List.of(
            new RoutingRule("Śródmieście", TEAM_CENTRE),
            new RoutingRule("Zatorze", TEAM_CENTRE),
            new RoutingRule("Nowe Pole", TEAM_CENTRE),
            new RoutingRule("Stare Miasto", TEAM_NORTH),
            new RoutingRule("Osiedle Słoneczne", TEAM_NORTH),
            new RoutingRule("Piaski", TEAM_NORTH));

    private final RoutingStore store;
    private final Clock clock;

    DemoRouting(RoutingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var now = clock.instant();
        Long created = Flux.fromIterable(PROFILES)
                .concatMap(profile -> store.insertIfAbsent(profile, now))
                .concatWith(Flux.fromIterable(RULES).concatMap(rule -> store.insertRuleIfAbsent(rule, now)))
                .filter(Boolean::booleanValue)
                .count()
                .block(Duration.ofSeconds(30));
        if (created != null && created > 0) {
            log.info("Created {} demo routing profiles and rules", created);
        }
    }
}
