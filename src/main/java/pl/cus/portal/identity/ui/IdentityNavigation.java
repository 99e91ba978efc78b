package pl.cus.portal.identity.ui;

/** Addresses of the identity pages, for links from other modules. */
public final class IdentityNavigation {

    public static final String LOGIN = "login";
    public static final String REGISTER = "portal/register";
    public static final String PASSWORD = "portal/account/password";
    public static final String CONFIRM_ACCOUNT = "portal/confirm-account";
    public static final String FORGOTTEN_PASSWORD = "portal/forgotten-password";
    public static final String RESET_PASSWORD = "portal/reset-password";
    public static final String STAFF_ACCOUNTS = "backoffice/accounts";
    static final String BACKOFFICE_HOME = "backoffice";
    static final String RESIDENT_HOME = "";

    private IdentityNavigation() {}
}
