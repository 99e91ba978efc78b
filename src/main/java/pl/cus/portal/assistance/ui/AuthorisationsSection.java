package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import pl.cus.portal.assistance.Authorisation;
import pl.cus.portal.shared.ui.Formats;

/** The family's written authorisations with their state; while the work runs, revoke one or record another. */
class AuthorisationsSection extends Section {

    AuthorisationsSection(AssistancePage page, List<Authorisation> authorisations, boolean running) {
        setId("assistance-authorisations");
        addClassName("assistance-section");
        add(new H2(getTranslation("assistance.authorisations.title")));
        Formats formats = Formats.of(getLocale());
        var list = new UnorderedList();
        for (Authorisation a : authorisations) {
            String state = a.revokedOn() != null
                    ? getTranslation("assistance.authorisations.revoked", formats.date(a.revokedOn()))
                    : a.activeOn(page.today())
                            ? getTranslation("assistance.authorisations.active")
                            : getTranslation("assistance.authorisations.inactive");
            var line = new ListItem(getTranslation(
                            "assistance.authorisations.item",
                            a.purpose(),
                            formats.date(a.grantedOn()),
                            a.validUntil() == null ? "—" : formats.date(a.validUntil()))
                    + " · " + state + " ");
            if (running && a.revokedOn() == null) {
                var revoke = Fields.button(
                        "authorisation-revoke-" + a.id(),
                        getTranslation("assistance.authorisations.revoke"),
                        () -> page.save(
                                page.assistance().revokeAuthorisation(page.actor(), page.id(), a.id()),
                                getTranslation("assistance.authorisations.revoked-now")));
                revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                revoke.getElement()
                        .setAttribute(
                                "aria-label", getTranslation("assistance.authorisations.revoke-item", a.purpose()));
                line.add(revoke);
            }
            list.add(line);
        }
        if (authorisations.isEmpty()) {
            list.add(new ListItem(getTranslation("assistance.authorisations.none")));
        }
        add(list);
        if (running) {
            add(new AuthorisationForm(page));
        }
    }
}
