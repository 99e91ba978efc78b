package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import pl.cus.portal.intake.Drafts;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.ui.ResidentLayout;
import pl.cus.portal.shared.ui.ServiceCalls;

/**
 * Where applying starts: the two ways to apply, and the resident's drafts to pick up again. Open to everyone so that
 * anyone can read what is asked; the forms themselves ask for signing in first and return here after it.
 */
@Route(value = IntakePaths.APPLY, layout = ResidentLayout.class)
@Menu(title = "intake.nav.apply", order = 10)
@AnonymousAllowed
class ApplyStartView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceCalls calls;
    private final Drafts drafts;

    ApplyStartView(ServiceCalls calls, Drafts drafts) {
        this.calls = calls;
        this.drafts = drafts;
        addClassName("apply-start");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Actor> actor = Actors.current();
        if (actor.isPresent() && !actor.get().isResident()) {
            add(new StaffNotice());
            return;
        }
        add(new H1(getTranslation("intake.start.title")), new Paragraph(getTranslation("intake.start.lead")));
        var paths = new Div(
                path(
                        "intake.start.ipus.title",
                        "intake.start.ipus.text",
                        IntakePaths.IPUS,
                        "apply-ipus",
                        "intake.start.ipus.action"),
                path(
                        "intake.start.zz.title",
                        "intake.start.zz.text",
                        IntakePaths.ZA_ZYCIEM,
                        "apply-za-zyciem",
                        "intake.start.zz.action"));
        paths.addClassName("apply-paths");
        add(paths);
        if (actor.isEmpty()) {
            var signIn = new Paragraph(getTranslation("intake.start.sign-in-first"));
            signIn.setId("sign-in-first");
            add(signIn);
        } else {
            add(new DraftList(calls, drafts, actor.get()));
        }
    }

    private Section path(String titleKey, String textKey, String route, String id, String actionKey) {
        var link = new Anchor(route, getTranslation(actionKey));
        link.setId(id);
        link.addClassName("primary-link");
        var section = new Section(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)), link);
        section.addClassName("apply-path");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.start.title");
    }
}
