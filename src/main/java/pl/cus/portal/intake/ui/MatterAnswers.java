package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.List;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationView;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.HouseholdMember;
import pl.cus.portal.shared.i18n.Languages;

/** What the resident wrote in the application, question by question, as they sent it. */
class MatterAnswers extends Section {

    MatterAnswers(ApplicationView application) {
        var list = new DescriptionList();
        list.setId("matter-answers");
        if (application.kind() == ApplicationKind.IPUS) {
            List<String> services =
                    application.services().stream().map(ServiceSummary::name).toList();
            term(list, "intake.services.legend", String.join("\n", services));
            term(list, "intake.needs.label", application.needs());
            List<String> people = new ArrayList<>();
            for (HouseholdMember member : application.household()) {
                people.add(member.name()
                        + (member.relation() == null ? "" : " (" + member.relation() + ")")
                        + (member.birthYear() == null
                                ? ""
                                : ", " + getTranslation("intake.household.born", String.valueOf(member.birthYear()))));
            }
            term(
                    list,
                    "intake.household.legend",
                    people.isEmpty() ? getTranslation("intake.household.nobody") : String.join("\n", people));
        } else {
            term(
                    list,
                    "intake.situation.label",
                    application.situation() == null
                            ? ""
                            : getTranslation("intake.situation."
                                    + application.situation().name()));
            term(list, "intake.support.label", application.needs());
        }
        if (application.contact() != null) {
            ContactChannel channel = application.contact().channel();
            String how = channel == null
                    ? ""
                    : getTranslation("intake.contact.channel." + channel.name())
                            + (application.contact().value() == null
                                    ? ""
                                    : ": " + application.contact().value());
            term(list, "intake.contact.channel", how);
            List<String> wishes = application.contact().discretion().stream()
                    .sorted()
                    .map(item -> getTranslation("intake.discretion." + item.name()))
                    .toList();
            term(
                    list,
                    "intake.discretion.label",
                    wishes.isEmpty() ? getTranslation("intake.discretion.none") : String.join("\n", wishes));
        }
        term(list, "intake.district.label", application.district());
        term(
                list,
                "intake.language.label",
                application.language() == null
                        ? getTranslation("intake.language.any")
                        : Languages.byTag(application.language())
                                .map(Languages::ownName)
                                .orElse(application.language()));
        add(new H2(getTranslation("intake.matter.answers")), list);
        addClassName("matter-answers");
    }

    private void term(DescriptionList list, String questionKey, String answer) {
        list.add(
                new DescriptionList.Term(getTranslation(questionKey)),
                new DescriptionList.Description(
                        answer == null || answer.isBlank() ? getTranslation("intake.check.no-answer") : answer));
    }
}
