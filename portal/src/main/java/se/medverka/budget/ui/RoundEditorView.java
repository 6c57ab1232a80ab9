package se.medverka.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.medverka.budget.BudgetException;
import se.medverka.budget.BudgetRounds;
import se.medverka.budget.BudgetRounds.AreaAmount;
import se.medverka.budget.BudgetRounds.Method;
import se.medverka.budget.BudgetRounds.Round;
import se.medverka.budget.BudgetRounds.RoundForm;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.DistrictSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** Create or edit a round: title, committee, method, minimum age, the phases' dates, each area's sum. */
@Route(value = "personal/budget/redigera", layout = StaffLayout.class)
@RolesAllowed({"ADMIN", "HANDLER"})
public class RoundEditorView extends VerticalLayout implements HasUrlParameter<String>, TranslatedTitle {

    static final String NEW = "ny";

    private final BudgetRounds rounds;
    private final RoutingRegister register;
    private final CurrentStaff current;

    public RoundEditorView(BudgetRounds rounds, RoutingRegister register, CurrentStaff current) {
        this.rounds = rounds;
        this.register = register;
        this.current = current;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        Round loaded = null;
        if (!NEW.equals(parameter)) {
            try {
                loaded = rounds.round(Long.parseLong(parameter)).filter(r -> mine(r.committeeId())).orElseThrow(NotFoundException::new);
            } catch (NumberFormatException e) {
                throw new NotFoundException();
            }
        }
        build(loaded);
    }

    private boolean mine(long committee) {
        return current.mayActFor(StaffRole.HANDLER, committee);
    }

    private void build(Round loaded) {
        removeAll();
        add(new H1(getTranslation(loaded == null ? "budget.editor.new.title" : "budget.editor.edit.title")));
        TextField title = new TextField(getTranslation("budget.editor.title.label"));
        title.setMaxLength(BudgetRounds.MAX_TITLE);
        title.setWidthFull();
        RoundTextFields texts = new RoundTextFields();
        Select<CommitteeSummary> committee = new Select<>();
        committee.setLabel(getTranslation("budget.editor.committee.label"));
        List<CommitteeSummary> committees = register.committees().stream().filter(c -> c.active() && mine(c.id())).toList();
        committee.setItems(committees);
        committee.setItemLabelGenerator(CommitteeSummary::name);
        Select<Method> method = new Select<>();
        method.setLabel(getTranslation("budget.editor.method.label"));
        method.setItems(Method.values());
        method.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        method.setValue(Method.BUDGET);
        IntegerField age = new IntegerField(getTranslation("budget.editor.age.label"));
        age.setMin(6);
        age.setMax(18);
        age.setValue(12);
        DatePicker proposals = date("budget.phase.proposals.label");
        DatePicker review = date("budget.phase.review.label");
        DatePicker votingFrom = date("budget.editor.votingfrom.label");
        DatePicker votingUntil = date("budget.editor.votinguntil.label");
        DatePicker implementation = date("budget.phase.implementation.label");
        Map<Long, IntegerField> amounts = new LinkedHashMap<>();
        Section areas = new Section(new H2(getTranslation("budget.editor.areas.title")),
                new Paragraph(getTranslation("budget.editor.areas.text")));
        IntegerField city = amountField(getTranslation("budget.area.city.label"));
        areas.add(city);
        for (DistrictSummary d : register.districts()) {
            IntegerField f = amountField(d.name());
            amounts.put(d.id(), f);
            areas.add(f);
        }
        if (loaded != null) {
            title.setValue(loaded.title());
            texts.set(loaded.description(), loaded.translations());
            committees.stream().filter(c -> c.id() == loaded.committeeId()).findFirst().ifPresent(committee::setValue);
            committee.setReadOnly(true);
            method.setValue(loaded.method());
            age.setValue(loaded.minAge());
            proposals.setValue(loaded.proposalsFrom());
            review.setValue(loaded.reviewFrom());
            votingFrom.setValue(loaded.votingFrom());
            votingUntil.setValue(loaded.votingUntil());
            implementation.setValue(loaded.implementationFrom());
            loaded.areas().forEach(a -> (a.districtId() == null ? city : amounts.get(a.districtId())).setValue((int) a.amount()));
        } else {
            // A year's usual rhythm, from today: a month of proposals, two weeks of review, two of voting.
            java.time.LocalDate today = rounds.today();
            proposals.setValue(today);
            review.setValue(today.plusDays(30));
            votingFrom.setValue(today.plusDays(45));
            votingUntil.setValue(today.plusDays(59));
            implementation.setValue(today.plusDays(90));
            if (committees.size() == 1) {
                committee.setValue(committees.get(0));
            }
        }
        Button save = new Button(getTranslation("budget.editor.save.action"), e -> {
            try {
                if (committee.getValue() == null) {
                    throw new BudgetException("budget.editor.committee.error.required");
                }
                List<AreaAmount> list = new ArrayList<>();
                if (city.getValue() != null) {
                    list.add(new AreaAmount(null, city.getValue()));
                }
                amounts.forEach((id, f) -> {
                    if (f.getValue() != null) {
                        list.add(new AreaAmount(id, f.getValue()));
                    }
                });
                RoundForm form = new RoundForm(title.getValue(), committee.getValue().id(), method.getValue(),
                        age.getValue() == null ? 0 : age.getValue(), proposals.getValue(), review.getValue(), votingFrom.getValue(),
                        votingUntil.getValue(), implementation.getValue(), list, texts.description.getValue(), texts.translations());
                long id;
                if (loaded == null) {
                    id = rounds.create(form);
                } else {
                    rounds.update(loaded.id(), form);
                    id = loaded.id();
                }
                Notices.success(getTranslation("budget.editor.saved.message"));
                getUI().ifPresent(ui -> ui.navigate(StaffRoundView.class, id));
            } catch (BudgetException ex) {
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new Anchor("personal/budget", getTranslation("budget.staff.back.action")), title, texts, committee, method, age,
                new Section(new H2(getTranslation("budget.timeline.title")), proposals, review, votingFrom, votingUntil, implementation),
                areas, save);
    }

    private DatePicker date(String key) {
        DatePicker d = new DatePicker(getTranslation(key));
        d.setLocale(getLocale());
        return d;
    }

    private IntegerField amountField(String label) {
        IntegerField f = new IntegerField(getTranslation("budget.editor.amount.label", label));
        f.setMin(1);
        f.setStep(1000);
        return f;
    }

    @Override
    public String titleKey() {
        return "budget.editor.edit.title";
    }
}
