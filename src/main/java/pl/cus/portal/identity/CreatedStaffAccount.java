package pl.cus.portal.identity;

/**
 * A new staff account with its generated initial password. The password exists in clear only here, to be shown to
 * the administrator once; the store keeps its hash.
 */
public record CreatedStaffAccount(StaffAccount account, String initialPassword) {

    /** Never the password: records print their fields, and this one may end up in a log line. */
    @Override
    public String toString() {
        return "CreatedStaffAccount[account=" + account + ", initialPassword=***]";
    }
}
