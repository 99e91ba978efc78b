package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import java.util.Set;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.triage.Routing;
import pl.cus.portal.triage.Routing.ProfileChange;
import pl.cus.portal.triage.StaffProfile;

/** The administrator's form for one staff profile: a {@link Binder} over {@link ProfileChange}. */
class ProfileForm extends Div {

    private final TextField username = new TextField();
    private final TextField team = new TextField();
    private final TextField districts = new TextField();
    private final CheckboxGroup<String> languages = new CheckboxGroup<>();
    private final Checkbox active = new Checkbox();
    private final Binder<ProfileChange> binder = new Binder<>(ProfileChange.class);

    /** @param saved runs after a profile was saved (and the confirmation shown) */
    ProfileForm(ServiceCalls calls, Routing routing, Actor actor, Feedback feedback, Runnable saved) {
        username.setId("profile-username");
        username.setLabel(getTranslation("triage.routing.username"));
        username.setRequired(true);
        team.setId("profile-team");
        team.setLabel(getTranslation("triage.routing.team"));
        districts.setId("profile-districts");
        districts.setLabel(getTranslation("triage.routing.districts"));
        districts.setHelperText(getTranslation("triage.routing.districts.help"));
        districts.setWidthFull();
        languages.setId("profile-languages");
        languages.setLabel(getTranslation("triage.routing.languages"));
        languages.setItems("en", "uk");
        languages.setItemLabelGenerator(tag -> Texts.language(tag, getLocale()));
        active.setId("profile-active");
        active.setLabel(getTranslation("triage.routing.active"));

        binder.forField(username).bind("username");
        binder.forField(team).bind("team");
        binder.forField(districts)
                .withConverter(ProfileChange::districts, names -> String.join(", ", names))
                .bind("districts");
        binder.forField(languages)
                .withConverter(tags -> List.copyOf(tags), tags -> Set.copyOf(tags))
                .bind("languages");
        binder.forField(active).bind("active");
        binder.readRecord(new ProfileChange("", "", List.of(), List.of(), true));

        var fields = FieldErrors.none()
                .with("username", username)
                .with("team", team)
                .with("districts", districts)
                .with("languages", languages);
        var save = new Button(getTranslation("triage.routing.save-profile"), click -> {
            ProfileChange change;
            try {
                change = binder.writeRecord();
            } catch (ValidationException invalid) {
                return;
            }
            calls.attempt(routing.saveProfile(actor, change), feedback, fields).ifPresent(profile -> {
                feedback.ok(getTranslation("triage.routing.profile-saved", profile.displayName()));
                saved.run();
            });
        });
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(username, team, districts, languages, active, save);
        addClassName("triage-form");
    }

    /** Fills the form with a profile to change. */
    void edit(StaffProfile profile) {
        binder.readRecord(new ProfileChange(
                profile.username(),
                profile.team() == null ? "" : profile.team(),
                profile.districts().stream().sorted().toList(),
                List.copyOf(profile.languages()),
                profile.active()));
        username.focus();
    }
}
