package pl.cus.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.identity.StaffAccount;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.shared.ui.StaffLayout;

/** The administrator's list of staff accounts: create, enable, disable. */
@Route(value = IdentityNavigation.STAFF_ACCOUNTS, layout = StaffLayout.class)
@Menu(title = "identity.nav.accounts", order = 90)
@RolesAllowed("ADMIN")
class StaffAccountsView extends Div implements HasDynamicTitle {

    private final Accounts accounts;
    private final ServiceCalls calls;
    private final Actor admin;
    private final Grid<StaffAccount> grid = new Grid<>();
    private final Feedback status = new Feedback("staff-accounts-status");

    StaffAccountsView(Accounts accounts, ServiceCalls calls) {
        this.accounts = accounts;
        this.calls = calls;
        this.admin = Actors.current().orElseThrow(() -> new DomainException.Forbidden("Sign in first."));
        addClassNames("staff-view", "staff-accounts-view");

        var create = new Button(getTranslation("identity.accounts.create"), click -> openCreateDialog());
        create.setId("create-staff-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("staff-accounts-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(StaffAccount::displayName)
                .setHeader(getTranslation("identity.accounts.column.name"))
                .setAutoWidth(true);
        grid.addColumn(StaffAccount::username)
                .setHeader(getTranslation("identity.accounts.column.username"))
                .setAutoWidth(true);
        grid.addColumn(this::roleWords)
                .setHeader(getTranslation("identity.accounts.column.roles"))
                .setFlexGrow(1);
        grid.addColumn(account -> getTranslation(
                        account.enabled() ? "identity.accounts.status.enabled" : "identity.accounts.status.disabled"))
                .setHeader(getTranslation("identity.accounts.column.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::toggleButton)
                .setHeader(getTranslation("identity.accounts.column.actions"))
                .setAutoWidth(true);

        add(
                new H1(getTranslation("identity.accounts.title")),
                new Paragraph(getTranslation("identity.accounts.lead")),
                create,
                status,
                grid);
        refresh();
    }

    private String roleWords(StaffAccount account) {
        return account.roles().stream()
                .map(role -> getTranslation("role." + role.name()))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private com.vaadin.flow.component.Component toggleButton(StaffAccount account) {
        if (account.id().equals(admin.id())) {
            return new Span(getTranslation("identity.accounts.own-account"));
        }
        String key = account.enabled() ? "identity.accounts.disable" : "identity.accounts.enable";
        var button = new Button(getTranslation(key, account.username()), click -> confirmToggle(account));
        button.setId("toggle-" + account.username());
        button.addThemeVariants(
                ButtonVariant.LUMO_SMALL, account.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        return button;
    }

    private void confirmToggle(StaffAccount account) {
        boolean disable = account.enabled();
        String prefix = disable ? "identity.accounts.confirm.disable." : "identity.accounts.confirm.enable.";
        var dialog = new ConfirmDialog();
        dialog.setId("confirm-toggle");
        dialog.setHeader(getTranslation(prefix + "title"));
        dialog.setText(getTranslation(prefix + "text", account.displayName(), account.username()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("identity.accounts.confirm.cancel"));
        dialog.setConfirmText(getTranslation(prefix + "confirm"));
        if (disable) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(confirmed -> toggle(account, !disable));
        dialog.open();
    }

    private void toggle(StaffAccount account, boolean enable) {
        if (calls.succeeded(accounts.setEnabled(admin, account.id(), enable), status)) {
            status.ok(getTranslation(
                    enable ? "identity.accounts.done.enabled" : "identity.accounts.done.disabled", account.username()));
        }
        refresh();
    }

    private void openCreateDialog() {
        new CreateStaffAccountDialog(accounts, calls, admin, created -> {
                    refresh();
                    grid.select(created.account());
                })
                .open();
    }

    private void refresh() {
        grid.setItems(calls.list(accounts.staffAccounts(admin)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.accounts.title");
    }
}
