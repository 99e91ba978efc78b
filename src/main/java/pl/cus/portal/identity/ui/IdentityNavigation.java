package pl.cus.portal.identity.ui;

/** Addresses of the identity pages, for links from other modules. */
public final class IdentityNavigation {

    public static final String LOGIN = "login";
    public static final String REGISTER = "portal/register";
    static final String BACKOFFICE_HOME = "backoffice";
    static final String RESIDENT_HOME = "";

    private IdentityNavigation() {
    }
}
