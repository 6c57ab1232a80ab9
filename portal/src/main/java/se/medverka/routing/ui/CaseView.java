package se.medverka.routing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import se.medverka.routing.CaseContentLink;
import se.medverka.routing.CaseDetails;
import se.medverka.routing.CaseState;
import se.medverka.routing.CaseSummary;
import se.medverka.routing.Cases;
import se.medverka.routing.CommitteeSummary;
import se.medverka.routing.RoutingException;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * One case: its facts, its audit trail, the next states and forwarding with a reason. A case of
 * another committee — by link or guessed id — gets the same "not found" as one that does not exist.
 */
@Route(value = "personal/arenden/:caseId", layout = StaffLayout.class)
@RolesAllowed({"HANDLER", "ADMIN"})
public class CaseView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final Cases cases;
    private final RoutingRegister register;
    private final List<CaseContentLink> contentLinks;
    private long caseId;
    private String titleKey = "routing.case.title";

    public CaseView(Cases cases, RoutingRegister register, List<CaseContentLink> contentLinks) {
        this.cases = cases;
        this.contentLinks = contentLinks;
        this.register = register;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CaseDetails> found = event.getRouteParameters().get("caseId")
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> {
                    caseId = Long.parseLong(id);
                    return cases.find(caseId);
                });
        show(found);
    }

    private void show(Optional<CaseDetails> found) {
        removeAll();
        if (found.isEmpty()) {
            titleKey = "routing.case.notfound.title";
            add(new H1(getTranslation("routing.case.notfound.title")),
                    new Paragraph(getTranslation("routing.case.error.notfound")), backLink());
            return;
        }
        titleKey = "routing.case.title";
        CaseDetails details = found.get();
        CaseSummary c = details.summary();
        add(new H1(getTranslation("routing.case.heading.text", c.caseNumber())), backLink());
        contentLinks.stream().filter(link -> link.kind() == c.kind()).findFirst().ifPresent(link -> {
            Anchor content = new Anchor(link.routePrefix() + c.id(), getTranslation(link.labelKey()));
            content.addClassName("case-content-link");
            add(content);
        });
        add(facts(details));
        add(stateButtons(c));
        if (c.state().forwardable()) {
            add(forwardForm(c));
        }
        add(trail(details));
    }

    private DescriptionList facts(CaseDetails details) {
        CaseSummary c = details.summary();
        DescriptionList facts = new DescriptionList();
        facts.addClassName("case-facts");
        fact(facts, "routing.case.facts.kind.label", Labels.kind(this, c.kind()));
        fact(facts, "routing.case.facts.state.label", Labels.state(this, c.state()));
        fact(facts, "routing.case.facts.committee.label", c.committeeName());
        fact(facts, "routing.case.facts.servicetype.label", Labels.serviceType(this, c.serviceTypeCode()));
        fact(facts, "routing.case.facts.district.label", c.districtName() == null ? "–" : c.districtName());
        fact(facts, "routing.case.facts.received.label", Formats.dateTime(c.receivedAt(), getLocale()));
        fact(facts, "routing.case.facts.acknowledgedue.label", Formats.date(c.acknowledgeDue(), getLocale()));
        String due = Formats.date(c.answerDue(), getLocale());
        fact(facts, "routing.case.facts.answerdue.label",
                c.overdue() ? due + " – " + getTranslation("routing.inbox.grid.overdue.status") : due);
        // The language by its own name, as the language menu shows it, not its code.
        fact(facts, "routing.case.facts.language.label", se.medverka.shared.i18n.Language.fromCode(details.languageCode())
                .map(se.medverka.shared.i18n.Language::nativeName).orElse(details.languageCode()));
        return facts;
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private VerticalLayout stateButtons(CaseSummary c) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H2(getTranslation("routing.case.state.title")));
        TextArea note = new TextArea(getTranslation("routing.case.state.note.label"));
        note.setMaxLength(2000);
        note.setWidthFull();
        FlexLayout buttons = new FlexLayout();
        buttons.addClassName("case-actions");
        for (CaseState next : c.state().next()) {
            Button move = new Button(getTranslation("routing.case.state.move.action", Labels.state(this, next)), e -> {
                try {
                    cases.changeState(caseId, next, note.getValue());
                    Notices.success(getTranslation("routing.case.state.changed.message", Labels.state(this, next)));
                    show(cases.find(caseId));
                } catch (RoutingException ex) {
                    Notices.error(getTranslation(ex.messageKey()));
                }
            });
            buttons.add(move);
        }
        section.add(note, buttons);
        return section;
    }

    private VerticalLayout forwardForm(CaseSummary c) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H2(getTranslation("routing.case.forward.title")));
        ComboBox<CommitteeSummary> to = new ComboBox<>(getTranslation("routing.case.forward.committee.label"));
        to.setItems(register.committees().stream()
                .filter(CommitteeSummary::active)
                .filter(k -> c.committeeId() == null || k.id() != c.committeeId())
                .toList());
        to.setItemLabelGenerator(CommitteeSummary::name);
        to.setRequiredIndicatorVisible(true);
        to.setId("forward-committee");
        TextArea reason = new TextArea(getTranslation("routing.case.forward.reason.label"));
        reason.setHelperText(getTranslation("routing.case.forward.reason.helper"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setId("forward-reason");
        Button forward = new Button(getTranslation("routing.case.forward.send.action"), e -> {
            if (to.isEmpty()) {
                to.setInvalid(true);
                to.setErrorMessage(getTranslation("routing.case.forward.committee.error.invalid"));
                return;
            }
            try {
                cases.forward(caseId, to.getValue().id(), reason.getValue());
                Notices.success(getTranslation("routing.case.forward.sent.message", to.getValue().name()));
                // The case now belongs to another committee: the sender usually no longer sees it.
                Optional<CaseDetails> still = cases.find(caseId);
                if (still.isPresent()) {
                    show(still);
                } else {
                    getUI().ifPresent(ui -> ui.navigate(InboxView.class));
                }
            } catch (RoutingException ex) {
                reason.setInvalid("routing.case.forward.reason.error.required".equals(ex.messageKey()));
                reason.setErrorMessage(getTranslation(ex.messageKey()));
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        forward.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(to, reason, forward);
        form.setColspan(reason, 2);
        section.add(form);
        return section;
    }

    private VerticalLayout trail(CaseDetails details) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        H2 title = new H2(getTranslation("routing.case.trail.title"));
        title.setId("case-trail-title");
        section.add(title);
        // The list is named by its heading, so that "Trail, list, 4 items" is what a screen reader says.
        OrderedList list = new OrderedList();
        list.addClassName("case-trail");
        list.getElement().setAttribute("aria-labelledby", "case-trail-title");
        for (CaseDetails.Event e : details.trail()) {
            ListItem item = new ListItem(new Span(Formats.dateTime(e.at(), getLocale()) + " – " + e.actor() + ": " + describe(e)));
            if (e.reason() != null && !"ROUTED".equals(e.action())) {
                item.add(new Paragraph(getTranslation("routing.case.trail.reason.label") + ": " + e.reason()));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private String describe(CaseDetails.Event e) {
        if ("REMINDER".equals(e.action())) {
            // The text depends on the deadline that passed ("from"); "to" is its date.
            return getTranslation("ANSWER".equals(e.from()) ? "routing.case.trail.reminder.answer.text"
                            : "routing.case.trail.reminder.acknowledge.text",
                    Formats.date(java.time.LocalDate.parse(e.to()), getLocale()));
        }
        return getTranslation(switch (e.action()) {
            case "CREATED" -> "routing.case.trail.created.text";
            case "ROUTED" -> "routing.case.trail.routed.text";
            case "FORWARDED" -> "routing.case.trail.forwarded.text";
            case "STATE" -> "routing.case.trail.state.text";
            default -> e.action();
        }, describe(e.action(), e.from()), describe(e.action(), e.to()));
    }

    /** States are shown translated; committee codes by the committee's name. */
    private String describe(String action, String value) {
        if (value == null) {
            return "–";
        }
        if ("STATE".equals(action) || "CREATED".equals(action)) {
            return Labels.state(this, CaseState.valueOf(value));
        }
        return register.committeeByCode(value).map(CommitteeSummary::name).orElse(value);
    }

    private Anchor backLink() {
        return new Anchor("personal/arenden", getTranslation("routing.case.back.action"));
    }

    @Override
    public String titleKey() {
        return titleKey;
    }
}
