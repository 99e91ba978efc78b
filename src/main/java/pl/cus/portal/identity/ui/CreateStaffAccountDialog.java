package pl.cus.portal.identity.ui;

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
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Set;
import java.util.function.Consumer;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.identity.CreatedStaffAccount;
import pl.cus.portal.identity.StaffAccountRequest;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.ServiceCalls;

/**
 * The form for a new staff account. After saving, the same dialog shows the generated initial password once; it is
 * not kept anywhere in the UI after the dialog closes.
 */
class CreateStaffAccountDialog extends Dialog {

    private final Accounts accounts;
    private final ServiceCalls calls;
    private final Actor admin;
    private final Consumer<CreatedStaffAccount> onCreated;
    private final Binder<StaffAccountRequest> binder = new Binder<>(StaffAccountRequest.class);
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Feedback formError = new Feedback("staff-form-error");
    private final FieldErrors fields;

    CreateStaffAccountDialog(
            Accounts accounts, ServiceCalls calls, Actor admin, Consumer<CreatedStaffAccount> onCreated) {
        this.accounts = accounts;
        this.calls = calls;
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
        // The service validates the request: the binder only carries the values, and the refusal's field errors
        // land on the fields named as the request's components.
        binder.forField(username).bind("username");
        binder.forField(displayName).bind("displayName");
        binder.forField(email).bind("email");
        binder.forField(roles).bind("roles");
        binder.readRecord(new StaffAccountRequest("", "", "", Set.of()));
        fields = FieldErrors.none()
                .with("username", username)
                .with("displayName", displayName)
                .with("email", email)
                .with("roles", roles);

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
        formError.clear();
        StaffAccountRequest request;
        try {
            request = binder.writeRecord();
        } catch (ValidationException unreadable) {
            formError.error(getTranslation("form.fix-errors"));
            return;
        }
        calls.attempt(accounts.createStaff(admin, request), formError, fields).ifPresent(created -> {
            onCreated.accept(created);
            showPassword(created);
        });
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
}
