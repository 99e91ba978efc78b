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
import java.time.Duration;
import pl.cus.portal.identity.Registrations;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.ui.ResidentLayout;

/**
 * Where the confirmation link in the registration mail leads: following it proves the address and opens the account
 * (once; the link then stops working).
 */
@Route(value = IdentityNavigation.CONFIRM_ACCOUNT, layout = ResidentLayout.class)
@AnonymousAllowed
class ConfirmAccountView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Registrations registrations;
    private final Paragraph outcome = new Paragraph();

    ConfirmAccountView(Registrations registrations) {
        this.registrations = registrations;
        addClassName("confirm-account-view");
        outcome.setId("confirm-outcome");
        add(new H1(getTranslation("identity.confirm.title")), outcome);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse(null);
        try {
            registrations.confirm(token).block(Duration.ofSeconds(15));
            outcome.setText(getTranslation("identity.confirm.done"));
            outcome.addClassName("notice");
            outcome.getElement().setAttribute("role", "status");
            add(new Paragraph(new Anchor(IdentityNavigation.LOGIN, getTranslation("identity.confirm.sign-in"))));
        } catch (InvalidInput invalid) {
            outcome.setText(getTranslation(invalid.errors().getFirst().messageKey()));
            outcome.addClassName("form-error");
            outcome.getElement().setAttribute("role", "alert");
            add(new Paragraph(new Anchor(IdentityNavigation.REGISTER, getTranslation("identity.confirm.again"))));
        } catch (DomainException refused) {
            outcome.setText(getTranslation(refused.messageKey()));
            outcome.addClassName("form-error");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.confirm.title");
    }
}
