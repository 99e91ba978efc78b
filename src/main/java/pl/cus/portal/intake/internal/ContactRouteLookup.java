package pl.cus.portal.intake.internal;

import java.util.Arrays;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.ContactRoute;
import pl.cus.portal.intake.ContactRoutes;
import pl.cus.portal.intake.Discretion;
import reactor.core.publisher.Mono;

/** Reads the contact columns of one application; runs in the caller's transaction when there is one. */
@Component
class ContactRouteLookup implements ContactRoutes {

    private final DatabaseClient db;

    ContactRouteLookup(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<ContactRoute> forApplication(UUID applicationId) {
        return db.sql(
                        "select resident_id, contact_channel, contact_value, discretion, language from application where id = :id")
                .bind("id", applicationId)
                .map((row, meta) -> {
                    ContactChannel channel = ContactChannel.valueOf(row.get("contact_channel", String.class));
                    String[] wishes = row.get("discretion", String[].class);
                    boolean neutral =
                            wishes != null && Arrays.asList(wishes).contains(Discretion.NEUTRAL_SENDER.name());
                    String value = row.get("contact_value", String.class);
                    return new ContactRoute(
                            row.get("resident_id", UUID.class),
                            channel,
                            channel == ContactChannel.EMAIL && value != null ? value.strip() : null,
                            neutral,
                            row.get("language", String.class));
                })
                .one();
    }
}
