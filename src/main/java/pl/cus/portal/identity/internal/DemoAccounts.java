package pl.cus.portal.identity.internal;

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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import pl.cus.portal.identity.Account;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Flux;

/**
 * Demo accounts (password {@code demo}), created on the embedded database or when {@code cus.demo-data=true}.
 * Ids are fixed so that demo data in other modules can refer to these people.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("cus.demo-data")
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    static final List<Account> ACCOUNTS = List.of(
            account(
                    "00000000-0000-0000-0000-000000000101",
                    "anna",
                    "anna@example.org",
                    "Anna Nowak",
                    Role.RESIDENT,
                    "pl"),
            account(
                    "00000000-0000-0000-0000-000000000102",
                    "olena",
                    "olena@example.org",
                    "Олена Коваленко",
                    Role.RESIDENT,
                    "uk"),
            // A resident with a plan in force (plans' DemoPlan), so that anna's and olena's matters stay as tests
            // expect.
            account(
                    "00000000-0000-0000-0000-000000000103",
                    "zofia",
                    "zofia@example.org",
                    "Zofia Wójcik",
                    Role.RESIDENT,
                    "pl"),
            account(
                    "00000000-0000-0000-0000-000000000201",
                    "ewa",
                    "ewa@cus.example.org",
                    "Ewa Kowalska",
                    Role.COORDINATOR,
                    "pl"),
            account(
                    "00000000-0000-0000-0000-000000000202",
                    "piotr",
                    "piotr@cus.example.org",
                    "Piotr Wiśniewski",
                    Role.COORDINATOR,
                    "pl"),
            account(
                    "00000000-0000-0000-0000-000000000203",
                    "marta",
                    "marta@cus.example.org",
                    "Marta Zielińska",
                    Role.FAMILY_ASSISTANT,
                    "pl"),
            account(
                    "00000000-0000-0000-0000-000000000204",
                    "jan",
                    "jan@cus.example.org",
                    "Jan Mazur",
                    Role.ORGANISER,
                    "pl"),
            account(
                    "00000000-0000-0000-0000-000000000205",
                    "dyrektor",
                    "dyrektor@cus.example.org",
                    "Barbara Lewandowska",
                    Role.DIRECTOR,
                    "pl"),
            account(
                    "00000000-0000-0000-0000-000000000206",
                    "admin",
                    "admin@cus.example.org",
                    "Administrator",
                    Role.ADMIN,
                    "pl"));

    private final AccountStore store;
    private final PasswordEncoder passwords;

    DemoAccounts(AccountStore store, PasswordEncoder passwords) {
        this.store = store;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        String hash = passwords.encode("demo");
        Long created = Flux.fromIterable(ACCOUNTS)
                .concatMap(account -> store.insert(account, hash))
                .count()
                .block(Duration.ofSeconds(30));
        if (created != null && created > 0) {
            log.info("Created {} demo accounts (password: demo)", created);
        }
    }

    private static Account account(String id, String username, String email, String name, Role role, String language) {
        return new Account(UUID.fromString(id), username, email, name, Set.of(role), language);
    }
}
