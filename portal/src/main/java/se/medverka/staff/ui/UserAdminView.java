package se.medverka.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.staff.StaffAccountException;
import se.medverka.staff.StaffAccounts;
import se.medverka.staff.StaffAccounts.Account;
import se.medverka.shared.security.StaffRole;

/** Administrators create staff accounts and give them roles for committees. */
@Route(value = "personal/anvandare", layout = StaffLayout.class)
@Menu(title = "staff.users.nav.label", order = 900)
@RolesAllowed("ADMIN")
public class UserAdminView extends VerticalLayout implements TranslatedTitle {

    private final StaffAccounts accounts;
    private final Map<Long, CommitteeSummary> committees;
    private final Grid<Account> grid = new Grid<>(Account.class, false);

    public UserAdminView(StaffAccounts accounts, RoutingRegister register) {
        this.accounts = accounts;
        this.committees = register.committees().stream()
                .collect(Collectors.toMap(CommitteeSummary::id, Function.identity()));
        add(new H1(getTranslation("staff.users.title")));

        grid.addColumn(Account::username).setHeader(getTranslation("staff.users.grid.username.label"));
        grid.addColumn(Account::displayName).setHeader(getTranslation("staff.users.grid.displayname.label"));
        grid.addColumn(this::describeRoles).setHeader(getTranslation("staff.users.grid.roles.label")).setFlexGrow(3);
        grid.addColumn(a -> getTranslation(a.active() ? "staff.users.grid.active.yes" : "staff.users.grid.active.no"))
                .setHeader(getTranslation("staff.users.grid.active.label"));
        grid.addComponentColumn(this::activeToggle).setHeader(getTranslation("staff.users.grid.actions.label"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("staff.users.grid.label"));
        refresh();
        add(grid, createForm(), roleForm(register));
    }

    private FormLayout createForm() {
        TextField username = new TextField(getTranslation("staff.users.form.username.label"));
        TextField displayName = new TextField(getTranslation("staff.users.form.displayname.label"));
        EmailField email = new EmailField(getTranslation("staff.users.form.email.label"));
        PasswordField password = se.medverka.shared.ui.PasswordReveal.translate(
                new PasswordField(getTranslation("staff.users.form.password.label")));
        password.setHelperText(getTranslation("staff.users.form.password.helper"));
        Button create = new Button(getTranslation("staff.users.form.create.action"), e -> {
            try {
                accounts.create(username.getValue(), displayName.getValue(), email.getValue(), password.getValue());
                username.clear();
                displayName.clear();
                email.clear();
                password.clear();
                refresh();
                Notices.success(getTranslation("staff.users.form.created.message"));
            } catch (StaffAccountException ex) {
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(username, displayName, email, password, create);
        add(new H2(getTranslation("staff.users.form.title")));
        return form;
    }

    private FormLayout roleForm(RoutingRegister register) {
        ComboBox<Account> user = new ComboBox<>(getTranslation("staff.users.role.user.label"));
        user.setItems(accounts.accounts());
        user.setItemLabelGenerator(Account::username);
        Select<StaffRole> role = new Select<>();
        role.setLabel(getTranslation("staff.users.role.role.label"));
        role.setItems(StaffRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        ComboBox<CommitteeSummary> committee = new ComboBox<>(getTranslation("staff.users.role.committee.label"));
        committee.setItems(register.committees());
        committee.setItemLabelGenerator(CommitteeSummary::name);
        role.addValueChangeListener(e -> committee.setEnabled(e.getValue() == null || !e.getValue().cityWide()));
        Button grant = new Button(getTranslation("staff.users.role.grant.action"), e -> {
            if (user.isEmpty() || role.isEmpty()) {
                Notices.error(getTranslation("staff.users.role.error.scope"));
                return;
            }
            try {
                Long committeeId = role.isEmpty() || role.getValue().cityWide() || committee.isEmpty() ? null : committee.getValue().id();
                accounts.grant(user.getValue().id(), role.getValue(), committeeId);
                refresh();
                Notices.success(getTranslation("staff.users.role.granted.message"));
            } catch (StaffAccountException ex) {
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        add(new H2(getTranslation("staff.users.role.title")));
        return new FormLayout(user, role, committee, grant);
    }

    private Button activeToggle(Account account) {
        boolean active = account.active();
        Button toggle = new Button(getTranslation(active ? "staff.users.grid.deactivate.action" : "staff.users.grid.activate.action"), e -> {
            try {
                if (active) {
                    accounts.deactivate(account.id());
                } else {
                    accounts.activate(account.id());
                }
                refresh();
                Notices.success(getTranslation(active ? "staff.users.grid.deactivate.message" : "staff.users.grid.activate.message",
                        account.username()));
            } catch (StaffAccountException ex) {
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        toggle.setAriaLabel(getTranslation(active ? "staff.users.grid.deactivate.label" : "staff.users.grid.activate.label",
                account.username()));
        return toggle;
    }

    private String describeRoles(Account account) {
        return account.roles().stream()
                .map(r -> getTranslation(r.role().labelKey())
                        + (r.committeeId() == null ? "" : " – " + committeeName(r.committeeId())))
                .collect(Collectors.joining(", "));
    }

    private String committeeName(long id) {
        CommitteeSummary c = committees.get(id);
        return c == null ? "#" + id : c.name();
    }

    private void refresh() {
        grid.setItems(accounts.accounts());
    }

    @Override
    public String titleKey() {
        return "staff.users.title";
    }
}
