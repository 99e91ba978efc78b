package pl.cus.portal.shared;

import java.util.EnumSet;
import java.util.Set;

/** The roles a person can hold in the portal. */
public enum Role {
    RESIDENT,
    COORDINATOR,
    FAMILY_ASSISTANT,
    ORGANISER,
    DIRECTOR,
    ADMIN;

    public static final Set<Role> STAFF = EnumSet.of(COORDINATOR, FAMILY_ASSISTANT, ORGANISER, DIRECTOR, ADMIN);

    /** The Spring Security authority name, e.g. {@code ROLE_COORDINATOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return STAFF.contains(this);
    }
}
