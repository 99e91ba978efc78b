package pl.cus.portal.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import pl.cus.portal.identity.Registrations;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.ResidentLayout;
import pl.cus.portal.shared.ui.ServiceCalls;

/**
 * Where the confirmation link in the registration mail leads: following it proves the address and opens the account
 * (once; the link then stops working).
 */
@Route(value = IdentityNavigation.CONFIRM_ACCOUNT, layout = ResidentLayout.class)
@AnonymousAllowed
class ConfirmAccountView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Registrations registrations;
    private final ServiceCalls calls;
    private final Feedback outcome = new Feedback("confirm-outcome");

    ConfirmAccountView(Registrations registrations, ServiceCalls calls) {
        this.registrations = registrations;
        this.calls = calls;
        addClassName("confirm-account-view");
        add(new H1(getTranslation("identity.confirm.title")), outcome);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse(null);
        // An unknown, used or expired link is refused on its token: the person may register again.
        if (calls.succeeded(registrations.confirm(token), outcome)) {
            outcome.ok(getTranslation("identity.confirm.done"));
            add(new Paragraph(new Anchor(IdentityNavigation.LOGIN, getTranslation("identity.confirm.sign-in"))));
        } else {
            add(new Paragraph(new Anchor(IdentityNavigation.REGISTER, getTranslation("identity.confirm.again"))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.confirm.title");
    }
}
