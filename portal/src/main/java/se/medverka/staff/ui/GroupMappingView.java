package se.medverka.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.staff.GroupMappings;
import se.medverka.staff.GroupMappings.Mapping;
import se.medverka.staff.StaffAccountException;

/**
 * Administrators say which group in the city's directory gives which role, for which committee.
 * A change applies at each person's next sign-in.
 */
@Route(value = "personal/grupper", layout = StaffLayout.class)
@Menu(title = "staff.groups.nav.label", order = 910)
@RolesAllowed("ADMIN")
public class GroupMappingView extends VerticalLayout implements TranslatedTitle {

    private final GroupMappings mappings;
    private final Map<Long, CommitteeSummary> committees;
    private final Grid<Mapping> grid = new Grid<>(Mapping.class, false);

    public GroupMappingView(GroupMappings mappings, RoutingRegister register) {
        this.mappings = mappings;
        this.committees = register.committees().stream()
                .collect(Collectors.toMap(CommitteeSummary::id, Function.identity()));
        add(new H1(getTranslation("staff.groups.title")), new Paragraph(getTranslation("staff.groups.intro")));
        grid.addColumn(Mapping::group).setHeader(getTranslation("staff.groups.grid.group.label"));
        grid.addColumn(m -> getTranslation(m.role().labelKey()))
                .setHeader(getTranslation("staff.groups.grid.role.label"));
        grid.addColumn(m -> m.committeeId() == null ? getTranslation("staff.groups.grid.citywide.label")
                : committeeName(m.committeeId())).setHeader(getTranslation("staff.groups.grid.committee.label"));
        grid.addComponentColumn(m -> {
            Button remove = new Button(getTranslation("staff.groups.grid.remove.action"), e -> {
                mappings.remove(m.id());
                refresh();
                Notices.success(getTranslation("staff.groups.removed.message"));
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("staff.groups.grid.remove.label", m.group()));
            return remove;
        }).setHeader(getTranslation("staff.groups.grid.actions.label"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("staff.groups.grid.label"));
        refresh();
        add(grid, new H2(getTranslation("staff.groups.form.title")), form(register));
    }

    private FormLayout form(RoutingRegister register) {
        TextField group = new TextField(getTranslation("staff.groups.form.group.label"));
        group.setHelperText(getTranslation("staff.groups.form.group.helper"));
        Select<StaffRole> role = new Select<>();
        role.setLabel(getTranslation("staff.groups.form.role.label"));
        role.setItems(StaffRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        ComboBox<CommitteeSummary> committee = new ComboBox<>(getTranslation("staff.groups.form.committee.label"));
        committee.setItems(register.committees());
        committee.setItemLabelGenerator(CommitteeSummary::name);
        role.addValueChangeListener(e -> committee.setEnabled(e.getValue() == null || !e.getValue().cityWide()));
        Button add = new Button(getTranslation("staff.groups.form.add.action"), e -> {
            try {
                Long committeeId = role.isEmpty() || role.getValue().cityWide() || committee.isEmpty() ? null : committee.getValue().id();
                mappings.add(group.getValue(), role.getValue(), committeeId);
                group.clear();
                refresh();
                Notices.success(getTranslation("staff.groups.added.message"));
            } catch (StaffAccountException ex) {
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        return new FormLayout(group, role, committee, add);
    }

    private String committeeName(long id) {
        CommitteeSummary c = committees.get(id);
        return c == null ? "#" + id : c.name();
    }

    private void refresh() {
        grid.setItems(mappings.mappings());
    }

    @Override
    public String titleKey() {
        return "staff.groups.title";
    }
}
