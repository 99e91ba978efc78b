package pl.cus.portal.triage.internal;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import pl.cus.portal.shared.Role;
import pl.cus.portal.triage.RoutingRule;
import pl.cus.portal.triage.StaffProfile;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Staff profiles and routing rules: tables {@code triage_staff_profile}, {@code triage_routing_rule}. */
@Repository
class RoutingStore {

    private final DatabaseClient db;

    RoutingStore(DatabaseClient db) {
        this.db = db;
    }

    Flux<StaffProfile> profiles() {
        return db.sql("select account_id, username, display_name, role, team, districts, languages, active "
                        + "from triage_staff_profile order by display_name, username")
                .map(RoutingStore::toProfile)
                .all();
    }

    Mono<StaffProfile> profile(UUID accountId) {
        return db.sql("select account_id, username, display_name, role, team, districts, languages, active "
                        + "from triage_staff_profile where account_id = :id")
                .bind("id", accountId)
                .map(RoutingStore::toProfile)
                .one();
    }

    Mono<StaffProfile> save(StaffProfile profile, UUID by, Instant at) {
        var spec = db.sql(
                        "insert into triage_staff_profile (account_id, username, display_name, role, team, districts, languages, "
                                + "active, updated_at, updated_by) values (:id, :username, :name, :role, :team, :districts, :languages, "
                                + ":active, :at, :by) on conflict (account_id) do update set username = excluded.username, "
                                + "display_name = excluded.display_name, role = excluded.role, team = excluded.team, "
                                + "districts = excluded.districts, languages = excluded.languages, active = excluded.active, "
                                + "updated_at = excluded.updated_at, updated_by = excluded.updated_by")
                .bind("id", profile.accountId())
                .bind("username", profile.username())
                .bind("name", profile.displayName())
                .bind("role", profile.role().name())
                .bind("districts", profile.districts().stream().sorted().toArray(String[]::new))
                .bind("languages", profile.languages().stream().sorted().toArray(String[]::new))
                .bind("active", profile.active())
                .bind("at", at.atOffset(ZoneOffset.UTC));
        spec = profile.team() == null ? spec.bindNull("team", String.class) : spec.bind("team", profile.team());
        spec = by == null ? spec.bindNull("by", UUID.class) : spec.bind("by", by);
        return spec.fetch().rowsUpdated().thenReturn(profile);
    }

    /** Inserts the profile unless the account has one (demo data must not undo an administrator's change). */
    Mono<Boolean> insertIfAbsent(StaffProfile profile, Instant at) {
        return db.sql(
                        "insert into triage_staff_profile (account_id, username, display_name, role, team, districts, languages, "
                                + "active, updated_at) values (:id, :username, :name, :role, :team, :districts, :languages, true, :at) "
                                + "on conflict (account_id) do nothing")
                .bind("id", profile.accountId())
                .bind("username", profile.username())
                .bind("name", profile.displayName())
                .bind("role", profile.role().name())
                .bind("team", profile.team())
                .bind("districts", profile.districts().stream().sorted().toArray(String[]::new))
                .bind("languages", profile.languages().stream().sorted().toArray(String[]::new))
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }

    Flux<RoutingRule> rules() {
        return db.sql("select district, team from triage_routing_rule order by district")
                .map(row -> new RoutingRule(row.get("district", String.class), row.get("team", String.class)))
                .all();
    }

    Mono<RoutingRule> saveRule(RoutingRule rule, UUID by, Instant at) {
        var spec = db.sql("insert into triage_routing_rule (district_key, district, team, updated_at, updated_by) "
                        + "values (:key, :district, :team, :at, :by) on conflict (district_key) do update set "
                        + "district = excluded.district, team = excluded.team, updated_at = excluded.updated_at, "
                        + "updated_by = excluded.updated_by")
                .bind("key", key(rule.district()))
                .bind("district", rule.district())
                .bind("team", rule.team())
                .bind("at", at.atOffset(ZoneOffset.UTC));
        spec = by == null ? spec.bindNull("by", UUID.class) : spec.bind("by", by);
        return spec.fetch().rowsUpdated().thenReturn(rule);
    }

    Mono<Boolean> insertRuleIfAbsent(RoutingRule rule, Instant at) {
        return db.sql(
                        "insert into triage_routing_rule (district_key, district, team, updated_at) values (:key, :district, :team, :at) "
                                + "on conflict (district_key) do nothing")
                .bind("key", key(rule.district()))
                .bind("district", rule.district())
                .bind("team", rule.team())
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }

    Mono<Long> deleteRule(String district) {
        return db.sql("delete from triage_routing_rule where district_key = :key")
                .bind("key", key(district))
                .fetch()
                .rowsUpdated();
    }

    static String key(String district) {
        return district.strip().toLowerCase(Locale.ROOT);
    }

    private static StaffProfile toProfile(Readable row) {
        return new StaffProfile(
                row.get("account_id", UUID.class),
                row.get("username", String.class),
                row.get("display_name", String.class),
                Role.valueOf(row.get("role", String.class)),
                row.get("team", String.class),
                Set.copyOf(Arrays.asList(row.get("districts", String[].class))),
                Set.copyOf(Arrays.asList(row.get("languages", String[].class))),
                Boolean.TRUE.equals(row.get("active", Boolean.class)));
    }
}
