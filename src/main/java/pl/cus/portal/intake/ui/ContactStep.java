package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.Discretion;
import pl.cus.portal.shared.i18n.Languages;

/** Both forms: how the centre may get in touch, the discreet-contact wishes, and optionally district and language. */
class ContactStep extends Div implements WizardStep {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{9,20}$");

    private final FormModel model;
    private final RadioButtonGroup<ContactChannel> channel = new RadioButtonGroup<>();
    private final TextField value = new TextField();
    private final CheckboxGroup<Discretion> discretion = new CheckboxGroup<>();
    private final TextField district = new TextField();
    private final Select<String> language = new Select<>();
    private final Binder<Answers> binder = new Binder<>(Answers.class);

    /** The contact answers as the step's fields hold them. */
    public record Answers(
            ContactChannel channel, String value, Set<Discretion> discretion, String district, String language) {}

    ContactStep(FormModel model, Runnable changed) {
        this.model = model;
        addClassName("contact-step");
        add(new Paragraph(getTranslation("intake.contact.lead")));

        channel.setId("contact-channel");
        channel.setLabel(getTranslation("intake.contact.channel"));
        channel.setItems(ContactChannel.values());
        channel.setItemLabelGenerator(item -> getTranslation("intake.contact.channel." + item.name()));

        value.setId("contact-value");
        value.setMaxLength(254);
        value.setValueChangeMode(ValueChangeMode.LAZY);
        value.setValueChangeTimeout(800);

        discretion.setId("discretion");
        discretion.setLabel(getTranslation("intake.discretion.label"));
        discretion.setHelperText(getTranslation("intake.discretion.help"));
        discretion.setItems(Discretion.values());
        discretion.setItemLabelGenerator(item -> getTranslation("intake.discretion." + item.name()));
        discretion.setItemHelperGenerator(item -> getTranslation("intake.discretion." + item.name() + ".explained"));

        district.setId("district");
        district.setLabel(getTranslation("intake.district.label"));
        district.setHelperText(getTranslation("intake.district.help"));
        district.setMaxLength(120);
        district.setValueChangeMode(ValueChangeMode.LAZY);
        district.setValueChangeTimeout(800);

        language.setId("language");
        language.setLabel(getTranslation("intake.language.label"));
        language.setHelperText(getTranslation("intake.language.help"));
        language.setItems(Arrays.stream(Languages.values()).map(Languages::tag).toList());
        language.setItemLabelGenerator(tag -> tag == null
                ? getTranslation("intake.language.any")
                : Languages.byTag(tag).map(Languages::ownName).orElse(tag));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("intake.language.any"));

        binder.forField(channel).bind("channel");
        binder.forField(value).bind("value");
        binder.forField(discretion).bind("discretion");
        binder.forField(district).bind("district");
        binder.forField(language).bind("language");
        binder.readRecord(new Answers(
                model.channel, model.contactValue, Set.copyOf(model.discretion), model.district, model.language));
        adjustValueField();
        binder.addValueChangeListener(change -> {
            write();
            if (change.getHasValue() == channel) {
                adjustValueField();
            }
            if (change.isFromClient()) {
                changed.run();
            }
        });

        add(channel, value, discretion, district, language);
    }

    /** The fields' answers into the form's model, which drafts are saved from. */
    private void write() {
        try {
            Answers answers = binder.writeRecord();
            model.channel = answers.channel();
            model.contactValue = answers.value();
            model.discretion.clear();
            model.discretion.addAll(answers.discretion());
            model.district = answers.district();
            model.language = answers.language();
        } catch (ValidationException notYet) {
            // No field has a validator: the step checks its answers in validate().
        }
    }

    private void adjustValueField() {
        ContactChannel chosen = model.channel;
        value.setVisible(chosen == ContactChannel.EMAIL || chosen == ContactChannel.PHONE);
        if (chosen == ContactChannel.EMAIL) {
            value.setLabel(getTranslation("intake.contact.email"));
            value.setHelperText(getTranslation("intake.contact.email-help"));
        } else if (chosen == ContactChannel.PHONE) {
            value.setLabel(getTranslation("intake.contact.phone"));
            value.setHelperText(getTranslation("intake.contact.phone-help"));
        }
        value.setInvalid(false);
    }

    @Override
    public String headingKey() {
        return "intake.contact.title";
    }

    @Override
    public Component content() {
        return this;
    }

    @Override
    public List<Problem> validate() {
        channel.setInvalid(false);
        value.setInvalid(false);
        List<Problem> problems = new ArrayList<>();
        if (model.channel == null) {
            problems.add(markChannel(getTranslation("intake.contact.error.channel")));
        } else if (model.channel == ContactChannel.EMAIL
                && !EMAIL.matcher(model.contactValue.strip()).matches()) {
            problems.add(markValue(getTranslation("intake.contact.error.email")));
        } else if (model.channel == ContactChannel.PHONE
                && !PHONE.matcher(model.contactValue.strip()).matches()) {
            problems.add(markValue(getTranslation("intake.contact.error.phone")));
        }
        return problems;
    }

    private Problem markChannel(String message) {
        channel.setErrorMessage(message);
        channel.setInvalid(true);
        return new Problem(message, () -> Focus.group(channel));
    }

    private Problem markValue(String message) {
        value.setErrorMessage(message);
        value.setInvalid(true);
        return new Problem(message, value::focus);
    }

    @Override
    public List<Answer> answers() {
        List<Answer> answers = new ArrayList<>();
        String how = model.channel == null ? "" : getTranslation("intake.contact.channel." + model.channel.name());
        if (model.channel == ContactChannel.EMAIL || model.channel == ContactChannel.PHONE) {
            how += ": " + model.contactValue.strip();
        }
        answers.add(new Answer(getTranslation("intake.contact.channel"), how));
        List<String> wishes =
                EnumSet.copyOf(model.discretion.isEmpty() ? EnumSet.noneOf(Discretion.class) : model.discretion)
                        .stream()
                        .map(item -> getTranslation("intake.discretion." + item.name()))
                        .toList();
        answers.add(new Answer(
                getTranslation("intake.discretion.label"),
                wishes.isEmpty() ? getTranslation("intake.discretion.none") : String.join("\n", wishes)));
        answers.add(new Answer(getTranslation("intake.district.label"), model.district));
        answers.add(new Answer(
                getTranslation("intake.language.label"),
                model.language == null
                        ? getTranslation("intake.language.any")
                        : Languages.byTag(model.language)
                                .map(Languages::ownName)
                                .orElse(model.language)));
        return answers;
    }

    @Override
    public Optional<Problem> serverError(String field, String message) {
        if (field.equals("contact") || field.equals("contact.channel")) {
            return Optional.of(markChannel(message));
        }
        if (field.startsWith("contact")) {
            return Optional.of(
                    model.channel == ContactChannel.PORTAL || model.channel == null
                            ? markChannel(message)
                            : markValue(message));
        }
        if (field.equals("district")) {
            district.setErrorMessage(message);
            district.setInvalid(true);
            return Optional.of(new Problem(message, district::focus));
        }
        if (field.equals("language")) {
            language.setErrorMessage(message);
            language.setInvalid(true);
            return Optional.of(new Problem(message, language::focus));
        }
        return Optional.empty();
    }
}
