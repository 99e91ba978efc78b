package pl.cus.portal.plans;

import java.util.Objects;
import java.util.UUID;

/** Identifies a plan; there is one plan per application, with its versions. */
public record PlanId(UUID value) {

    public PlanId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
