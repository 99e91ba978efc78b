package pl.cus.portal.catalogue.internal;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import pl.cus.portal.catalogue.AreaOfLife;
import pl.cus.portal.catalogue.LifeSituation;
import pl.cus.portal.catalogue.Programme;
import pl.cus.portal.catalogue.ProgrammeId;
import pl.cus.portal.catalogue.Provider;
import pl.cus.portal.catalogue.ProviderId;
import pl.cus.portal.catalogue.ProviderKind;
import pl.cus.portal.catalogue.ServiceEntry;
import pl.cus.portal.catalogue.ServiceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Persistence of programmes, providers and services in the {@code catalogue_*} tables. */
@Repository
class CatalogueStore {

    private static final String SERVICE_SELECT = "select s.*, "
            + "coalesce((select array_agg(sp.provider_id order by sp.position) from catalogue_service_provider sp "
            + "where sp.service_id = s.id), '{}') as provider_ids, "
            + "coalesce((select array_agg(case when e.service_a = s.id then e.service_b else e.service_a end) "
            + "from catalogue_service_exclusion e where e.service_a = s.id or e.service_b = s.id), '{}') as excluded_ids "
            + "from catalogue_service s";

    private final DatabaseClient db;
    private final Clock clock;

    CatalogueStore(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Flux<Programme> programmes() {
        return db.sql("select * from catalogue_programme")
                .map((row, meta) -> programme(row))
                .all();
    }

    Mono<Programme> programme(ProgrammeId id) {
        return db.sql("select * from catalogue_programme where id = :id")
                .bind("id", id.value())
                .map((row, meta) -> programme(row))
                .one();
    }

    Flux<Provider> providers() {
        return db.sql("select * from catalogue_provider")
                .map((row, meta) -> provider(row))
                .all();
    }

    Mono<Provider> provider(ProviderId id) {
        return db.sql("select * from catalogue_provider where id = :id")
                .bind("id", id.value())
                .map((row, meta) -> provider(row))
                .one();
    }

    Flux<ServiceEntry> services() {
        return db.sql(SERVICE_SELECT).map((row, meta) -> service(row)).all();
    }

    Mono<ServiceEntry> service(ServiceId id) {
        return db.sql(SERVICE_SELECT + " where s.id = :id")
                .bind("id", id.value())
                .map((row, meta) -> service(row))
                .one();
    }

    /** Inserts or replaces the programme; {@code true} when it was new. */
    Mono<Boolean> upsert(Programme p) {
        var spec = db.sql("insert into catalogue_programme (id, name, goal, period_start, period_end, target_group, "
                + "expected_participants, qualification, procedure, fees, documents, personal_data, updated_at) "
                + "values (:id, :name, :goal, :start, :end, :target, :expected, :qualification, :procedure, :fees, :documents, "
                + ":personalData, :at) on conflict (id) do update set name = excluded.name, goal = excluded.goal, "
                + "period_start = excluded.period_start, period_end = excluded.period_end, target_group = excluded.target_group, "
                + "expected_participants = excluded.expected_participants, qualification = excluded.qualification, "
                + "procedure = excluded.procedure, fees = excluded.fees, documents = excluded.documents, "
                + "personal_data = excluded.personal_data, updated_at = excluded.updated_at "
                + "returning (xmax = 0) as inserted");
        spec = spec.bind("id", p.id().value()).bind("at", now());
        spec = text(spec, "name", p.name());
        spec = text(spec, "goal", p.goal());
        spec = spec.bind("start", p.periodStart());
        spec = p.periodEnd() == null ? spec.bindNull("end", LocalDate.class) : spec.bind("end", p.periodEnd());
        spec = text(spec, "target", p.targetGroup());
        spec = p.expectedParticipants() == null
                ? spec.bindNull("expected", Integer.class)
                : spec.bind("expected", p.expectedParticipants());
        spec = text(spec, "qualification", p.qualification());
        spec = text(spec, "procedure", p.procedure());
        spec = text(spec, "fees", p.fees());
        spec = text(spec, "documents", p.documents());
        spec = spec.bind("personalData", p.personalData().toArray(String[]::new));
        return spec.map((row, meta) -> row.get("inserted", Boolean.class)).one();
    }

    Mono<Boolean> upsert(Provider p) {
        var spec = db.sql(
                "insert into catalogue_provider (id, name, kind, street, postal_code, city, district, contact_person, "
                        + "phone, email, website, opening_hours, accessibility, languages, updated_at) values (:id, :name, :kind, :street, "
                        + ":postalCode, :city, :district, :contact, :phone, :email, :website, :hours, :accessibility, :languages, :at) "
                        + "on conflict (id) do update set name = excluded.name, kind = excluded.kind, street = excluded.street, "
                        + "postal_code = excluded.postal_code, city = excluded.city, district = excluded.district, "
                        + "contact_person = excluded.contact_person, phone = excluded.phone, email = excluded.email, "
                        + "website = excluded.website, opening_hours = excluded.opening_hours, accessibility = excluded.accessibility, "
                        + "languages = excluded.languages, updated_at = excluded.updated_at returning (xmax = 0) as inserted");
        spec = spec.bind("id", p.id().value())
                .bind("kind", p.kind().name())
                .bind("at", now())
                .bind("languages", p.languages().toArray(String[]::new));
        spec = text(spec, "name", p.name());
        spec = text(spec, "street", p.street());
        spec = text(spec, "postalCode", p.postalCode());
        spec = text(spec, "city", p.city());
        spec = text(spec, "district", p.district());
        spec = text(spec, "contact", p.contactPerson());
        spec = text(spec, "phone", p.phone());
        spec = text(spec, "email", p.email());
        spec = text(spec, "website", p.website());
        spec = text(spec, "hours", p.openingHours());
        spec = text(spec, "accessibility", p.accessibility());
        return spec.map((row, meta) -> row.get("inserted", Boolean.class)).one();
    }

    /** Inserts or replaces the service with its providers and exclusions; call inside a transaction. */
    Mono<Boolean> upsert(ServiceEntry s) {
        var spec =
                db.sql("insert into catalogue_service (id, name, summary, description, programme_id, area, situations, "
                        + "formal_conditions, fees, languages, offered, updated_at) values (:id, :name, :summary, :description, "
                        + ":programme, :area, :situations, :conditions, :fees, :languages, :offered, :at) on conflict (id) do update set "
                        + "name = excluded.name, summary = excluded.summary, description = excluded.description, "
                        + "programme_id = excluded.programme_id, area = excluded.area, situations = excluded.situations, "
                        + "formal_conditions = excluded.formal_conditions, fees = excluded.fees, languages = excluded.languages, "
                        + "updated_at = excluded.updated_at returning (xmax = 0) as inserted");
        spec = spec.bind("id", s.id().value())
                .bind("area", s.area().name())
                .bind("offered", s.offered())
                .bind("at", now())
                .bind(
                        "situations",
                        s.situations().stream().map(Enum::name).sorted().toArray(String[]::new))
                .bind("languages", s.languages().toArray(String[]::new));
        spec = s.programmeId() == null
                ? spec.bindNull("programme", UUID.class)
                : spec.bind("programme", s.programmeId().value());
        spec = text(spec, "name", s.name());
        spec = text(spec, "summary", s.summary());
        spec = text(spec, "description", s.description());
        spec = text(spec, "conditions", s.formalConditions());
        spec = text(spec, "fees", s.fees());
        UUID id = s.id().value();
        return spec.map((row, meta) -> row.get("inserted", Boolean.class))
                .one()
                .flatMap(inserted -> db.sql("delete from catalogue_service_provider where service_id = :id")
                        .bind("id", id)
                        .then()
                        .then(Flux.range(0, s.providerIds().size())
                                .concatMap(i -> db.sql(
                                                "insert into catalogue_service_provider (service_id, provider_id, position) "
                                                        + "values (:id, :provider, :position)")
                                        .bind("id", id)
                                        .bind("provider", s.providerIds().get(i).value())
                                        .bind("position", i)
                                        .then())
                                .then())
                        .then(db.sql("delete from catalogue_service_exclusion where service_a = :id or service_b = :id")
                                .bind("id", id)
                                .then())
                        .then(Flux.fromIterable(s.excludes())
                                .concatMap(other -> db.sql(
                                                "insert into catalogue_service_exclusion (service_a, service_b) "
                                                        + "values (least(:a, :b), greatest(:a, :b)) on conflict do nothing")
                                        .bind("a", id)
                                        .bind("b", other.value())
                                        .then())
                                .then())
                        .thenReturn(inserted));
    }

    /** Sets the offered flag; empty when no such service. */
    Mono<Boolean> setOffered(ServiceId id, boolean offered) {
        return db.sql("update catalogue_service set offered = :offered, updated_at = :at where id = :id")
                .bind("id", id.value())
                .bind("offered", offered)
                .bind("at", now())
                .fetch()
                .rowsUpdated()
                .flatMap(count -> count == 1 ? Mono.just(offered) : Mono.empty());
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static GenericExecuteSpec text(GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    private static Programme programme(Readable row) {
        return new Programme(
                new ProgrammeId(row.get("id", UUID.class)),
                row.get("name", String.class),
                row.get("goal", String.class),
                row.get("period_start", LocalDate.class),
                row.get("period_end", LocalDate.class),
                row.get("target_group", String.class),
                row.get("expected_participants", Integer.class),
                row.get("qualification", String.class),
                row.get("procedure", String.class),
                row.get("fees", String.class),
                row.get("documents", String.class),
                strings(row, "personal_data"));
    }

    private static Provider provider(Readable row) {
        return new Provider(
                new ProviderId(row.get("id", UUID.class)),
                row.get("name", String.class),
                ProviderKind.valueOf(row.get("kind", String.class)),
                row.get("street", String.class),
                row.get("postal_code", String.class),
                row.get("city", String.class),
                row.get("district", String.class),
                row.get("contact_person", String.class),
                row.get("phone", String.class),
                row.get("email", String.class),
                row.get("website", String.class),
                row.get("opening_hours", String.class),
                row.get("accessibility", String.class),
                strings(row, "languages"));
    }

    private static ServiceEntry service(Readable row) {
        UUID programme = row.get("programme_id", UUID.class);
        Set<LifeSituation> situations = EnumSet.noneOf(LifeSituation.class);
        strings(row, "situations").forEach(name -> situations.add(LifeSituation.valueOf(name)));
        return new ServiceEntry(
                new ServiceId(row.get("id", UUID.class)),
                row.get("name", String.class),
                row.get("summary", String.class),
                row.get("description", String.class),
                programme == null ? null : new ProgrammeId(programme),
                AreaOfLife.valueOf(row.get("area", String.class)),
                situations,
                uuids(row, "provider_ids").stream().map(ProviderId::new).toList(),
                row.get("formal_conditions", String.class),
                row.get("fees", String.class),
                strings(row, "languages"),
                uuids(row, "excluded_ids").stream().map(ServiceId::new).collect(Collectors.toSet()),
                Boolean.TRUE.equals(row.get("offered", Boolean.class)));
    }

    private static List<String> strings(Readable row, String column) {
        String[] values = row.get(column, String[].class);
        return values == null ? List.of() : List.of(values);
    }

    private static List<UUID> uuids(Readable row, String column) {
        UUID[] values = row.get(column, UUID[].class);
        return values == null ? List.of() : Arrays.asList(values);
    }
}
