package pl.cus.portal.shared.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the portal shows of the centre ({@code cus.portal.*}).
 *
 * @param centreName   the centre's name in the header and in messages
 * @param quickExitUrl a neutral site the quick-exit control leaves for
 * @param accessibilityContact where residents report an accessibility barrier (shown in the accessibility statement)
 */
@ConfigurationProperties("cus.portal")
public record PortalProperties(
        @DefaultValue("Centrum Usług Społecznych") String centreName,

        @DefaultValue("https://www.google.com/search?q=pogoda")
        String quickExitUrl,

        @DefaultValue("dostepnosc@cus.example.org") String accessibilityContact) {}
