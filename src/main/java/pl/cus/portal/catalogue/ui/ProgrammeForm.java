package pl.cus.portal.catalogue.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import pl.cus.portal.catalogue.CatalogueInput;
import pl.cus.portal.catalogue.Programme;
import pl.cus.portal.catalogue.ProgrammeId;

/** A programme of social services with what art. 5 of the CUS act says it must tell residents. */
final class ProgrammeForm extends EntryForm<ProgrammeForm.Draft> {

    /** The form's values; the personal data one item per line. */
    public record Draft(
            String name,
            String goal,
            LocalDate periodStart,
            LocalDate periodEnd,
            String targetGroup,
            Integer expectedParticipants,
            String qualification,
            String procedure,
            String fees,
            String documents,
            String personalData) {

        static Draft empty() {
            return new Draft(null, null, null, null, null, null, null, null, null, null, null);
        }

        static Draft of(Programme programme) {
            return new Draft(
                    programme.name(),
                    programme.goal(),
                    programme.periodStart(),
                    programme.periodEnd(),
                    programme.targetGroup(),
                    programme.expectedParticipants(),
                    programme.qualification(),
                    programme.procedure(),
                    programme.fees(),
                    programme.documents(),
                    String.join("\n", programme.personalData()));
        }

        Programme toProgramme(ProgrammeId id) {
            return new Programme(
                    id,
                    name,
                    goal,
                    periodStart,
                    periodEnd,
                    targetGroup,
                    expectedParticipants,
                    qualification,
                    procedure,
                    fees,
                    documents,
                    CatalogueInput.lines(personalData));
        }
    }

    ProgrammeForm() {
        super(Draft.class);
        bind("name", text("catalogue.admin.name"), REQUIRED, true);
        bind("goal", area("catalogue.programme.goal"), REQUIRED, true);
        bind("periodStart", date("catalogue.admin.period-start"), "catalogue.error.period-start", false);
        bind("periodEnd", date("catalogue.admin.period-end"), null, false);
        bind("targetGroup", area("catalogue.programme.target"), REQUIRED, true);
        var expected = new IntegerField(getTranslation("catalogue.admin.expected"));
        expected.setMin(1);
        bind("expectedParticipants", expected, null, false);
        bind("qualification", area("catalogue.programme.qualification"), REQUIRED, true);
        bind("procedure", area("catalogue.programme.procedure"), REQUIRED, true);
        bind("fees", area("catalogue.programme.fees"), REQUIRED, true);
        bind("documents", area("catalogue.programme.documents"), null, true);
        var personalData = area("catalogue.programme.personal-data");
        personalData.setHelperText(getTranslation("catalogue.admin.one-per-line"));
        bind("personalData", personalData, null, true);
    }
}
