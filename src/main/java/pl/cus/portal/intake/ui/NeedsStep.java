package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pl.cus.portal.intake.HouseholdMember;
import pl.cus.portal.shared.ui.Formats;

/** IPUS, page 2: the needs in the resident's own words, and (optionally) who in the household the services are for. */
class NeedsStep extends Div implements WizardStep {

    static final int MAX_NEEDS = 4000;
    private static final int MAX_MEMBERS = 12;
    private static final java.util.regex.Pattern HOUSEHOLD_FIELD =
            java.util.regex.Pattern.compile("household\\[(\\d+)\\]\\.(\\w+)");

    private final FormModel model;
    private final Runnable changed;
    private final TextArea needs = new TextArea();
    private final FieldSet household = new FieldSet();
    private final Div rows = new Div();
    private final Button addMember = new Button();
    private final List<MemberRow> members = new ArrayList<>();

    NeedsStep(FormModel model, Runnable changed) {
        this.model = model;
        this.changed = changed;
        addClassName("needs-step");
        needs.setId("needs");
        needs.setLabel(getTranslation("intake.needs.label"));
        needs.setHelperText(getTranslation("intake.needs.help"));
        needs.setMaxLength(MAX_NEEDS);
        needs.setWidthFull();
        needs.setMinRows(5);
        needs.setValueChangeMode(ValueChangeMode.LAZY);
        needs.setValueChangeTimeout(800);
        needs.setValue(model.needs);
        needs.addValueChangeListener(change -> {
            model.needs = change.getValue();
            if (change.isFromClient()) {
                changed.run();
            }
        });

        household.setId("household");
        household.setLegendText(getTranslation("intake.household.legend"));
        household.addClassName("household");
        rows.addClassName("household-rows");
        addMember.setId("household-add");
        addMember.setText(getTranslation("intake.household.add"));
        addMember.addClickListener(click -> {
            MemberRow row = addRow(new HouseholdMember("", null, null));
            row.name.focus();
        });
        household.add(new Paragraph(getTranslation("intake.household.help")), rows, addMember);
        model.household.forEach(this::addRow);
        add(needs, household);
    }

    private MemberRow addRow(HouseholdMember member) {
        var row = new MemberRow(members.size() + 1, member);
        members.add(row);
        rows.add(row);
        addMember.setEnabled(members.size() < MAX_MEMBERS);
        return row;
    }

    private void removeRow(MemberRow row) {
        members.remove(row);
        rows.remove(row);
        addMember.setEnabled(true);
        for (int i = 0; i < members.size(); i++) {
            members.get(i).number(i + 1);
        }
        writeHousehold();
        changed.run();
        addMember.focus();
    }

    /** Rows with anything typed in are kept in the draft, also without a name yet; sending needs the name. */
    private void writeHousehold() {
        model.household.clear();
        members.stream().map(MemberRow::member).filter(member -> member != null).forEach(model.household::add);
    }

    @Override
    public String headingKey() {
        return "intake.needs.title";
    }

    @Override
    public Component content() {
        return this;
    }

    @Override
    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        needs.setInvalid(false);
        if (model.needs == null || model.needs.isBlank()) {
            problems.add(markNeeds(getTranslation("intake.needs.error.empty")));
        }
        for (MemberRow row : members) {
            row.validate().ifPresent(problems::add);
        }
        return problems;
    }

    private Problem markNeeds(String message) {
        needs.setErrorMessage(message);
        needs.setInvalid(true);
        return new Problem(message, needs::focus);
    }

    @Override
    public List<Answer> answers() {
        List<String> people = model.household.stream()
                .map(member -> {
                    var text = new StringBuilder(member.name() == null ? "" : member.name());
                    if (member.relation() != null && !member.relation().isBlank()) {
                        text.append(" (").append(member.relation()).append(')');
                    }
                    if (member.birthYear() != null) {
                        text.append(", ")
                                .append(getTranslation("intake.household.born", String.valueOf(member.birthYear())));
                    }
                    return text.toString();
                })
                .toList();
        return List.of(
                new Answer(getTranslation("intake.needs.label"), model.needs),
                new Answer(
                        getTranslation("intake.household.legend"),
                        people.isEmpty() ? getTranslation("intake.household.nobody") : String.join("\n", people)));
    }

    @Override
    public Optional<Problem> serverError(String field, String message) {
        if (field.equals("needs")) {
            return Optional.of(markNeeds(message));
        }
        if (field.startsWith("household") && !members.isEmpty()) {
            // The service numbers the people it received, i.e. the rows with something typed in.
            List<MemberRow> used =
                    members.stream().filter(row -> row.member() != null).toList();
            var matcher = HOUSEHOLD_FIELD.matcher(field);
            boolean indexed = matcher.matches();
            int index = indexed ? Integer.parseInt(matcher.group(1)) : 0;
            MemberRow row = index < used.size() ? used.get(index) : members.getFirst();
            if (indexed && "birthYear".equals(matcher.group(2))) {
                row.birthYear.setErrorMessage(message);
                row.birthYear.setInvalid(true);
                return Optional.of(new Problem(message, row.birthYear::focus));
            }
            row.name.setErrorMessage(message);
            row.name.setInvalid(true);
            return Optional.of(new Problem(message, row.name::focus));
        }
        return Optional.empty();
    }

    /** One person: name (required once the row is used), relation and year of birth (both optional). */
    private final class MemberRow extends FieldSet {
        private final TextField name = new TextField();
        private final TextField relation = new TextField();
        private final IntegerField birthYear = new IntegerField();
        private final Button remove = new Button();

        MemberRow(int number, HouseholdMember member) {
            addClassName("household-member");
            name.setMaxLength(120);
            relation.setMaxLength(60);
            relation.setHelperText(getTranslation("intake.household.relation-help"));
            birthYear.setMin(1900);
            birthYear.setMax(Year.now(Formats.CENTRE).getValue());
            name.setValue(member.name() == null ? "" : member.name());
            relation.setValue(member.relation() == null ? "" : member.relation());
            birthYear.setValue(member.birthYear());
            for (var field : List.of(name, relation)) {
                field.setValueChangeMode(ValueChangeMode.LAZY);
                field.setValueChangeTimeout(800);
                field.addValueChangeListener(change -> edited(change.isFromClient()));
            }
            birthYear.addValueChangeListener(change -> edited(change.isFromClient()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(click -> removeRow(this));
            number(number);
            add(name, relation, birthYear, remove);
        }

        void number(int number) {
            setLegendText(getTranslation("intake.household.person", number));
            name.setId("household-name-" + number);
            relation.setId("household-relation-" + number);
            birthYear.setId("household-year-" + number);
            remove.setId("household-remove-" + number);
            name.setLabel(getTranslation("intake.household.name"));
            relation.setLabel(getTranslation("intake.household.relation"));
            birthYear.setLabel(getTranslation("intake.household.year"));
            remove.setText(getTranslation("intake.household.remove"));
            remove.setAriaLabel(getTranslation("intake.household.remove-person", number));
        }

        private void edited(boolean fromClient) {
            writeHousehold();
            if (fromClient) {
                changed.run();
            }
        }

        HouseholdMember member() {
            boolean empty = name.getValue().isBlank() && relation.getValue().isBlank() && birthYear.getValue() == null;
            return empty
                    ? null
                    : new HouseholdMember(
                            name.getValue().strip(), FormModel.blankToNull(relation.getValue()), birthYear.getValue());
        }

        Optional<Problem> validate() {
            name.setInvalid(false);
            birthYear.setInvalid(false);
            if (member() == null) {
                return Optional.empty();
            }
            if (name.getValue().isBlank()) {
                String message = getTranslation("intake.household.error.name");
                name.setErrorMessage(message);
                name.setInvalid(true);
                return Optional.of(new Problem(message, name::focus));
            }
            Integer year = birthYear.getValue();
            if (birthYear.isInvalid()
                    || year != null
                            && (year < 1900 || year > Year.now(Formats.CENTRE).getValue())) {
                String message = getTranslation("intake.household.error.year");
                birthYear.setErrorMessage(message);
                birthYear.setInvalid(true);
                return Optional.of(new Problem(message, birthYear::focus));
            }
            return Optional.empty();
        }
    }
}
