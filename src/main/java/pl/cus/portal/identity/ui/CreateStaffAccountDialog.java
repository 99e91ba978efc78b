package pl.cus.portal.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.identity.CreatedStaffAccount;
import pl.cus.portal.identity.StaffAccountRequest;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;

/**
 * The form for a new staff account. After saving, the same dialog shows the generated initial password once; it is
 * not kept anywhere in the UI after the dialog closes.
 */
class CreateStaffAccountDialog extends Dialog {

    private final Accounts accounts;
    private final Actor admin;
    private final Consumer<CreatedStaffAccount> onCreated;
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Paragraph formError = new Paragraph();

    CreateStaffAccountDialog(Accounts accounts, Actor admin, Consumer<CreatedStaffAccount> onCreated) {
        this.accounts = accounts;
        this.admin = admin;
        this.onCreated = onCreated;
        setId("create-staff-dialog");
        setHeaderTitle(getTranslation("identity.accounts.form.title"));
        setCloseOnOutsideClick(false);
        addClassName("create-staff-dialog");

        username.setId("staff-username");
        username.setLabel(getTranslation("identity.accounts.form.username"));
        username.setHelperText(getTranslation("identity.accounts.form.username.help"));
        username.setMaxLength(40);
        username.setRequiredIndicatorVisible(true);
        displayName.setId("staff-display-name");
        displayName.setLabel(getTranslation("identity.accounts.form.name"));
        displayName.setMaxLength(120);
        displayName.setRequiredIndicatorVisible(true);
        email.setId("staff-email");
        email.setLabel(getTranslation("identity.accounts.form.email"));
        roles.setId("staff-roles");
        roles.setLabel(getTranslation("identity.accounts.form.roles"));
        roles.setItems(Role.STAFF);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.setRequiredIndicatorVisible(true);
        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");

        binder.forField(username).bind(Draft::getUsername, Draft::setUsername);
        binder.forField(displayName).bind(Draft::getDisplayName, Draft::setDisplayName);
        binder.forField(email).bind(Draft::getEmail, Draft::setEmail);
        binder.forField(roles).bind(Draft::getRoles, Draft::setRoles);
        binder.setBean(draft);

        var form = new Div(username, displayName, email, roles, formError);
        form.addClassName("staff-account-form");
        add(form);

        var save = new Button(getTranslation("identity.accounts.form.submit"), click -> save());
        save.setId("staff-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("identity.accounts.form.cancel"), click -> close());
        cancel.setId("staff-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        Map<String, HasValidation> fields =
                Map.of("username", username, "displayName", displayName, "email", email, "roles", roles);
        fields.values().forEach(field -> field.setInvalid(false));
        formError.setText("");
        var request = new StaffAccountRequest(
                draft.getUsername(), draft.getDisplayName(), draft.getEmail(), draft.getRoles());
        try {
            var created = accounts.createStaff(admin, request).block(Duration.ofSeconds(15));
            onCreated.accept(created);
            showPassword(created);
        } catch (InvalidInput invalid) {
            invalid.errors().forEach(error -> {
                HasValidation field = fields.get(error.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(error.messageKey()));
                    field.setInvalid(true);
                }
            });
            formError.setText(getTranslation("form.fix-errors"));
        }
    }

    private void showPassword(CreatedStaffAccount created) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("identity.accounts.created.title"));
        var password = new Code(created.initialPassword());
        password.setId("initial-password");
        password.addClassName("initial-password");
        var shown = new Paragraph(getTranslation(
                        "identity.accounts.created.password", created.account().username()) + " ");
        shown.add(password);
        var note = new Paragraph(getTranslation("identity.accounts.created.note"));
        note.addClassName("initial-password-note");
        var result = new Div(shown, note);
        result.getElement().setAttribute("role", "status");
        add(result);
        var close = new Button(getTranslation("identity.accounts.created.close"), click -> close());
        // Whichever way the dialog closes (button, Esc), the password leaves the page with it.
        addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                removeAll();
            }
        });
        close.setId("initial-password-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        close.focus();
    }

    /** The form's state; the service validates it, so the binder only carries values. */
    static final class Draft {
        private String username = "";
        private String displayName = "";
        private String email = "";
        private Set<Role> roles = EnumSet.noneOf(Role.class);

        String getUsername() {
            return username;
        }

        void setUsername(String username) {
            this.username = username;
        }

        String getDisplayName() {
            return displayName;
        }

        void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        String getEmail() {
            return email;
        }

        void setEmail(String email) {
            this.email = email;
        }

        Set<Role> getRoles() {
            return roles;
        }

        void setRoles(Set<Role> roles) {
            this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
        }
    }
}
