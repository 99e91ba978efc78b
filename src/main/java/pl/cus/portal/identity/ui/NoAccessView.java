package pl.cus.portal.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import pl.cus.portal.shared.ui.ResidentLayout;

/** Where a refused page request lands, instead of a bare 403 the browser would show as an error. */
@Route(value = "no-access", layout = ResidentLayout.class)
@AnonymousAllowed
class NoAccessView extends Div implements HasDynamicTitle {

    NoAccessView() {
        addClassName("no-access-view");
        add(
                new H1(getTranslation("access.denied.title")),
                new Paragraph(getTranslation("access.denied.text")),
                new Paragraph(new Anchor(".", getTranslation("access.denied.home"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access.denied.title");
    }
}
