package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.stream.Collectors;
import pl.cus.portal.intake.ApplicationView;

/** The full application (needs, household, contact, files), or a note that the viewer sees only the summary. */
class CaseDetailsSection extends TitledSection {

    private CaseDetailsSection() {
        super("case-details-section", "triage.case.details");
    }

    static CaseDetailsSection hidden() {
        var section = new CaseDetailsSection();
        var note = new Paragraph(section.getTranslation("triage.case.details.hidden"));
        note.setId("case-details-hidden");
        section.add(note);
        return section;
    }

    static CaseDetailsSection of(ApplicationView details, Locale locale) {
        var section = new CaseDetailsSection();
        section.show(details, locale);
        return section;
    }

    private void show(ApplicationView details, Locale locale) {
        var list = new DescriptionList();
        list.setId("case-details");
        term(list, "triage.case.needs", Texts.orNone(details.needs(), locale));
        if (!details.household().isEmpty()) {
            term(
                    list,
                    "triage.case.household",
                    details.household().stream()
                            .map(member -> member.name()
                                    + (member.relation() == null ? "" : ", " + member.relation())
                                    + (member.birthYear() == null ? "" : ", " + member.birthYear()))
                            .collect(Collectors.joining("\n")));
        }
        var contact = details.contact();
        if (contact != null) {
            String how = getTranslation("triage.contact." + contact.channel().name())
                    + (contact.value() == null ? "" : ": " + contact.value());
            if (!contact.discretion().isEmpty()) {
                how += "\n"
                        + getTranslation(
                                "triage.contact.discretion",
                                contact.discretion().stream()
                                        .map(wish -> getTranslation("triage.discretion." + wish.name()))
                                        .sorted()
                                        .collect(Collectors.joining(", ")));
            }
            term(list, "triage.case.contact", how);
        }
        if (!details.attachments().isEmpty()) {
            term(
                    list,
                    "triage.case.attachments",
                    details.attachments().stream().map(a -> a.displayName()).collect(Collectors.joining("\n")));
        }
        add(list);
    }
}
