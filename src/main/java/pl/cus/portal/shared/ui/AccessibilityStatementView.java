package pl.cus.portal.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;

/** The accessibility statement (deklaracja dostępności) that the digital accessibility act requires. */
@Route(value = "portal/accessibility", layout = ResidentLayout.class)
@AnonymousAllowed
class AccessibilityStatementView extends Div implements HasDynamicTitle {

    private static final LocalDate PREPARED = LocalDate.of(2026, 11, 23);

    AccessibilityStatementView(PortalProperties portal) {
        addClassName("accessibility-statement");
        var contact = new Anchor("mailto:" + portal.accessibilityContact(), portal.accessibilityContact());
        var contactParagraph = new Paragraph(getTranslation("accessibility.contact", portal.accessibilityContact()));
        add(
                new H1(getTranslation("accessibility.title")),
                new Paragraph(getTranslation("accessibility.intro", portal.centreName())),
                new Paragraph(getTranslation("accessibility.status")),
                new Paragraph(getTranslation("accessibility.features")),
                contactParagraph,
                new Paragraph(contact),
                new Paragraph(getTranslation(
                        "accessibility.prepared", Formats.of(getLocale()).date(PREPARED))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accessibility.title");
    }
}
