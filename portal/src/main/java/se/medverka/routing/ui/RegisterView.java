package se.medverka.routing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.medverka.routing.CommitteeDetails;
import se.medverka.routing.DistrictSummary;
import se.medverka.routing.RegisterAdministration;
import se.medverka.routing.RoutingException;
import se.medverka.routing.RoutingRegister;
import se.medverka.routing.RuleSummary;
import se.medverka.routing.ServiceTypeSummary;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.routing.ServiceType;

/**
 * The routing register for administrators: routing rules (add, deactivate — never edit), the
 * committees with their mailboxes and due days, and the districts and services for reference.
 */
@Route(value = "personal/register", layout = StaffLayout.class)
@Menu(title = "routing.register.nav.label", order = 800)
@RolesAllowed("ADMIN")
public class RegisterView extends VerticalLayout implements TranslatedTitle {

    private final RegisterAdministration admin;
    private final Grid<RuleSummary> rules = new Grid<>(RuleSummary.class, false);
    private final Grid<CommitteeDetails> committees = new Grid<>(CommitteeDetails.class, false);
    private final ComboBox<CommitteeDetails> ruleCommittee = new ComboBox<>();
    private final ComboBox<CommitteeDetails> which = new ComboBox<>();

    public RegisterView(RegisterAdministration admin, RoutingRegister register) {
        this.admin = admin;
        add(new H1(getTranslation("routing.register.title")), new Paragraph(getTranslation("routing.register.intro.text")));
        add(new H2(getTranslation("routing.register.rules.title")), ruleForm(register), ruleGrid());
        add(new H2(getTranslation("routing.register.committees.title")), committeeGrid(), committeeForm());
        add(new H2(getTranslation("routing.register.newcommittee.title")), newCommitteeForm(register));
        add(new H2(getTranslation("routing.register.districts.title")), districts(register));
        add(new H2(getTranslation("routing.register.servicetypes.title")), serviceTypes(register));
        refresh();
    }

    private FormLayout ruleForm(RoutingRegister register) {
        ComboBox<ServiceTypeSummary> service = new ComboBox<>(getTranslation("routing.register.rule.servicetype.label"));
        service.setItems(register.serviceTypes());
        service.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        service.setClearButtonVisible(true);
        service.setHelperText(getTranslation("routing.register.rule.any.helper"));
        service.setId("rule-servicetype");
        ComboBox<DistrictSummary> district = new ComboBox<>(getTranslation("routing.register.rule.district.label"));
        district.setItems(register.districts());
        district.setItemLabelGenerator(DistrictSummary::name);
        district.setClearButtonVisible(true);
        district.setHelperText(getTranslation("routing.register.rule.any.helper"));
        district.setId("rule-district");
        ruleCommittee.setLabel(getTranslation("routing.register.rule.committee.label"));
        ruleCommittee.setItemLabelGenerator(CommitteeDetails::name);
        ruleCommittee.setRequiredIndicatorVisible(true);
        ruleCommittee.setId("rule-committee");
        Button add = new Button(getTranslation("routing.register.rule.add.action"), e -> {
            if (ruleCommittee.isEmpty()) {
                Notices.error(getTranslation("routing.register.rule.committee.error.invalid"));
                return;
            }
            act(() -> admin.addRule(service.isEmpty() ? null : service.getValue().code(),
                    district.isEmpty() ? null : district.getValue().code(), ruleCommittee.getValue().id()),
                    "routing.register.rule.added.message");
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("rule-add");
        return new FormLayout(service, district, ruleCommittee, add);
    }

    private Grid<RuleSummary> ruleGrid() {
        rules.setId("rule-grid");
        rules.setAriaLabel(getTranslation("routing.register.rules.title"));
        rules.addColumn(r -> r.serviceTypeCode() == null ? any() : getTranslation(ServiceType.labelKey(r.serviceTypeCode())))
                .setHeader(getTranslation("routing.register.rule.servicetype.label")).setFlexGrow(2);
        rules.addColumn(r -> r.districtName() == null ? any() : r.districtName())
                .setHeader(getTranslation("routing.register.rule.district.label"));
        rules.addColumn(RuleSummary::committeeName).setHeader(getTranslation("routing.register.rule.committee.label"))
                .setFlexGrow(2);
        rules.addColumn(r -> getTranslation(r.active() ? "routing.register.rule.active.status" : "routing.register.rule.inactive.status"))
                .setHeader(getTranslation("routing.register.rule.state.label"));
        rules.addColumn(r -> Formats.dateTime(r.createdAt(), getLocale()) + " – " + r.createdBy())
                .setHeader(getTranslation("routing.register.rule.created.label")).setFlexGrow(2);
        rules.addComponentColumn(this::deactivateButton).setHeader(getTranslation("routing.register.rule.actions.label"))
                .setAutoWidth(true);
        rules.setHeight("28rem");
        return rules;
    }

    private Component deactivateButton(RuleSummary rule) {
        if (!rule.active()) {
            return new Span();
        }
        Button deactivate = new Button(getTranslation("routing.register.rule.deactivate.action"),
                e -> act(() -> admin.deactivateRule(rule.id()), "routing.register.rule.deactivated.message"));
        deactivate.addThemeVariants(ButtonVariant.TERTIARY);
        deactivate.setAriaLabel(getTranslation("routing.register.rule.deactivate.label",
                rule.serviceTypeCode() == null ? any() : getTranslation(ServiceType.labelKey(rule.serviceTypeCode())),
                rule.districtName() == null ? any() : rule.districtName(), rule.committeeName()));
        return deactivate;
    }

    private Grid<CommitteeDetails> committeeGrid() {
        committees.setId("committee-grid");
        committees.setAriaLabel(getTranslation("routing.register.committees.title"));
        committees.addColumn(CommitteeDetails::name).setHeader(getTranslation("routing.register.committee.name.label"))
                .setFlexGrow(3);
        committees.addColumn(c -> CommitteeFields.kindLabel(this, c.kind())).setHeader(getTranslation("routing.register.committee.kind.label"));
        committees.addColumn(CommitteeDetails::registryMailbox)
                .setHeader(getTranslation("routing.register.committee.mailbox.label")).setFlexGrow(3);
        committees.addColumn(c -> getTranslation(c.active() ? "routing.register.rule.active.status" : "routing.register.rule.inactive.status"))
                .setHeader(getTranslation("routing.register.committee.active.label"));
        committees.addColumn(CommitteeDetails::acknowledgeDays)
                .setHeader(getTranslation("routing.register.committee.acknowledgedays.label"));
        committees.addColumn(CommitteeDetails::answerDays)
                .setHeader(getTranslation("routing.register.committee.answerdays.label"));
        committees.setHeight("24rem");
        return committees;
    }

    private FormLayout committeeForm() {
        which.setLabel(getTranslation("routing.register.committee.edit.label"));
        which.setItemLabelGenerator(CommitteeDetails::name);
        which.setId("committee-edit");
        CommitteeFields fields = new CommitteeFields(this);
        which.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                fields.show(e.getValue());
            }
        });
        committees.addItemClickListener(e -> which.setValue(e.getItem()));
        Button save = new Button(getTranslation("routing.register.committee.save.action"), e -> {
            if (which.isEmpty()) {
                Notices.error(getTranslation("routing.register.committee.error.notfound"));
                return;
            }
            act(() -> admin.changeCommittee(which.getValue().id(), fields.change()), "routing.register.committee.saved.message");
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(which);
        fields.components().forEach(form::add);
        form.add(save);
        return form;
    }

    private FormLayout newCommitteeForm(RoutingRegister register) {
        TextField code = new TextField(getTranslation("routing.register.committee.code.label"));
        code.setHelperText(getTranslation("routing.register.committee.code.helper"));
        code.setId("committee-new-code");
        ComboBox<DistrictSummary> district = new ComboBox<>(getTranslation("routing.register.committee.district.label"));
        district.setItems(register.districts());
        district.setItemLabelGenerator(DistrictSummary::name);
        district.setClearButtonVisible(true);
        CommitteeFields fields = new CommitteeFields(this);
        Button add = new Button(getTranslation("routing.register.committee.add.action"), e -> act(() -> {
            admin.addCommittee(code.getValue(), district.isEmpty() ? null : district.getValue().code(), fields.change());
            code.clear();
        }, "routing.register.committee.added.message"));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(code, district);
        fields.components().forEach(form::add);
        form.add(add);
        return form;
    }

    private UnorderedList districts(RoutingRegister register) {
        UnorderedList list = new UnorderedList();
        list.addClassName("register-list");
        register.districts().forEach(d -> list.add(new ListItem(d.name())));
        return list;
    }

    private UnorderedList serviceTypes(RoutingRegister register) {
        UnorderedList list = new UnorderedList();
        list.addClassName("register-list");
        register.serviceTypes().forEach(s -> list.add(new ListItem(getTranslation(s.labelKey()))));
        return list;
    }

    /** Runs a change; a refusal is shown in words and nothing is stored. */
    private void act(Runnable change, String successKey) {
        try {
            change.run();
            Notices.success(getTranslation(successKey));
            refresh();
        } catch (RoutingException ex) {
            Notices.error(getTranslation(ex.messageKey()));
        }
    }

    private void refresh() {
        var all = admin.committees();
        rules.setItems(admin.rules());
        committees.setItems(all);
        ruleCommittee.setItems(all.stream().filter(CommitteeDetails::active).toList());
        which.setItems(all);
    }


    private String any() {
        return getTranslation("routing.register.rule.any.label");
    }

    @Override
    public String titleKey() {
        return "routing.register.title";
    }
}
