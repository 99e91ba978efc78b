package pl.cus.portal.triage;

import java.util.Objects;

/** The administrator's rule "applications from this district go to this team". One rule per district. */
public record RoutingRule(String district, String team) {

    public RoutingRule {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(team, "team");
    }
}
