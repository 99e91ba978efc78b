package pl.cus.portal.catalogue.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import pl.cus.portal.catalogue.CatalogueBrowser;
import pl.cus.portal.catalogue.Programme;
import pl.cus.portal.shared.ui.ResidentLayout;
import pl.cus.portal.shared.ui.ServiceCalls;

/** The programmes of social services adopted by the municipal council. */
@Route(value = CataloguePaths.PROGRAMMES, layout = ResidentLayout.class)
@Menu(title = "catalogue.nav.programmes", order = 11)
@AnonymousAllowed
class ProgrammesView extends Div implements HasDynamicTitle {

    ProgrammesView(CatalogueBrowser browser, ServiceCalls calls) {
        addClassName("catalogue-view");
        var list = new UnorderedList();
        list.setId("programme-list");
        list.addClassName("catalogue-results");
        for (Programme programme : calls.list(browser.programmes())) {
            var item = new ListItem(
                    new H2(new Anchor(CataloguePaths.programme(programme.id()), programme.name())),
                    new Paragraph(programme.goal()),
                    new Paragraph(ProgrammeView.period(programme, getLocale(), this::getTranslation)));
            item.setId("programme-" + programme.id());
            item.addClassName("catalogue-card");
            list.add(item);
        }
        add(
                new H1(getTranslation("catalogue.programmes.title")),
                new Paragraph(getTranslation("catalogue.programmes.lead")),
                list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.programmes.title");
    }
}
