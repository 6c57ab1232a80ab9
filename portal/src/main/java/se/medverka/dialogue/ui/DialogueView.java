package se.medverka.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.medverka.dialogue.DialogueStatus;
import se.medverka.dialogue.Dialogues;
import se.medverka.dialogue.DialogueAnswers;
import se.medverka.dialogue.DialogueProposals;
import se.medverka.dialogue.DialogueReactions;
import se.medverka.dialogue.Reach;
import se.medverka.dialogue.Dialogues.Page;
import se.medverka.legal.PrivacyNotices;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.LanguageSelection;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.codes.ActionPlan;
import se.medverka.shared.codes.Coded;

/**
 * One dialogue for residents: the committee's feedback first when given, the texts, the questions,
 * and the proposals with their comments ({@link ProposalList}).
 */
@Route(value = "dialog", layout = PublicLayout.class)
@AnonymousAllowed
public class DialogueView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Dialogues dialogues;
    private final DialogueAnswers answering;
    private final DialogueProposals proposing;
    private final DialogueReactions reactions;
    private final RoutingRegister register;
    private final Clock clock;
    private final PrivacyNotices notices;
    private final Reach reach;
    private final se.medverka.dialogue.DialogueInvitations invitations;
    /** The samråd invitation this page was opened with, or null. */
    private String invitation;
    private Page page;
    private Language language;

    public DialogueView(Dialogues dialogues, DialogueAnswers answering, DialogueProposals proposing,
                        DialogueReactions reactions, RoutingRegister register, Clock clock, PrivacyNotices notices, Reach reach,
                        se.medverka.dialogue.DialogueInvitations invitations) {
        this.invitations = invitations;
        this.dialogues = dialogues;
        this.answering = answering;
        this.proposing = proposing;
        this.reactions = reactions;
        this.register = register;
        this.clock = clock;
        this.notices = notices;
        this.reach = reach;
        addClassName("dialogue-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        language = LanguageSelection.current(UI.getCurrent());
        invitation = event.getLocation().getQueryParameters().getSingleParameter("inbjudan").orElse(null);
        if (invitation != null && id != null && invitations.dialogueOf(invitation).filter(id::equals).isEmpty()) {
            invitation = null;
        }
        page = id == null ? null : invitation != null ? invitations.page(invitation, language).orElse(null)
                : dialogues.page(id, language).orElse(null);
        if (page == null) {
            throw new NotFoundException();
        }
        removeAll();
        Div content = new Div();
        H1 title = swedishUnlessTranslated(new H1(page.title()));
        content.add(title);
        if (!page.translated()) {
            Paragraph notice = new Paragraph(getTranslation("dialogue.page.fallback.text"));
            notice.addClassName("dialogue-notice");
            add(notice);
        }
        if (page.feedback() != null) {
            Section feedback = new Section(new H2(getTranslation("dialogue.page.feedback.title")),
                    new Paragraph(getTranslation("dialogue.page.feedback.text", page.committeeName(),
                            Formats.dateTime(page.feedbackAt(), getLocale()))));
            paragraphs(page.feedback()).forEach(p -> feedback.add(swedishUnlessTranslated(p)));
            feedback.addClassName("dialogue-feedback");
            // Prominent without a shared stylesheet change: a framed block before everything else.
            feedback.getStyle().set("border-inline-start", "0.4rem solid var(--mv-blue, #00528a)")
                    .set("background", "var(--mv-surface, #f4f6f8)").set("padding", "0.5rem 1rem")
                    .set("margin-block", "1rem");
            feedback.getElement().setAttribute("aria-labelledby", "feedback-heading");
            feedback.getChildren().findFirst().ifPresent(h -> h.setId("feedback-heading"));
            content.add(feedback);
        }
        // A dialogue that is no longer open says so: "was open", its state, and no actions below.
        boolean upcoming = !page.open() && page.status() == DialogueStatus.PUBLISHED && page.opensOn() != null
                && page.opensOn().isAfter(LocalDate.now(clock.withZone(se.medverka.shared.time.CityTime.ZONE)));
        Paragraph meta = new Paragraph(getTranslation(page.open() || upcoming
                        ? "dialogue.page.meta.text" : "dialogue.page.meta.closed.text", page.committeeName(),
                Formats.date(page.opensOn(), getLocale()), Formats.date(page.closesOn(), getLocale())));
        // Published but past its last day is closed, whatever the stored state still says.
        Span status = new Span(getTranslation(page.open() ? "dialogue.status.open.label"
                : page.status() == DialogueStatus.PUBLISHED && !upcoming ? "dialogue.status.closed.label"
                : page.status().labelKey()));
        status.addClassName("dialogue-status");
        Map<String, String> districtNames = register.districtNames();
        String where = page.districtCodes().isEmpty() ? getTranslation("dialogue.page.wholecity.text")
                : page.districtCodes().stream().map(c -> districtNames.getOrDefault(c, c)).collect(Collectors.joining(", "));
        String plans = page.actionPlans().stream().map(c -> getTranslation(Coded.labelKey(ActionPlan.class, c)))
                .collect(Collectors.joining(", "));
        Paragraph scope = new Paragraph(getTranslation("dialogue.page.scope.text", where) + (plans.isEmpty() ? ""
                : " " + getTranslation("dialogue.page.plans.text", plans)));
        Paragraph summary = swedishUnlessTranslated(new Paragraph(page.summary()));
        summary.addClassName("dialogue-summary");
        content.add(status, meta, scope, summary);
        paragraphs(page.body()).forEach(p -> content.add(swedishUnlessTranslated(p)));
        add(content);
        if (invitation != null) {
            // A samråd: the invitee answers once through the invitation; no public proposals.
            if (invitations.answered(invitation)) {
                Paragraph done = new Paragraph(getTranslation("dialogue.samrad.answered.text"));
                done.getElement().setAttribute("role", "status");
                add(done);
            } else if (page.open() && page.allowAnswers() && !page.questions().isEmpty()) {
                String token = invitation;
                Paragraph thanks = new Paragraph(getTranslation("dialogue.samrad.thanks.text"));
                thanks.getElement().setAttribute("role", "status");
                AnswerForm[] form = new AnswerForm[1];
                form[0] = new AnswerForm(page, null, "dialogue.page.answers.send.action",
                        (answers, email) -> invitations.answer(token, answers, language), () -> {
                            form[0].removeAll();
                            form[0].add(thanks);
                        });
                add(form[0]);
            }
            return;
        }
        if (page.open() && page.allowAnswers() && !page.questions().isEmpty()) {
            add(new AnswerForm(answering, page, language, notices.dialogueEmail(page.committeeName()), this::reachForm));
        }
        add(new ProposalList(dialogues, proposing, reactions, page, language,
                reactions.supportedBy(page.id(), FlagButton.sessionKey()),
                () -> notices.dialogueEmail(page.committeeName()), this::reachForm));
    }

    /**
     * Marks a text of the dialogue as Swedish when it is shown in Swedish on another language's page
     * — only that text, not the interface around it, so a screen reader pronounces each part right.
     */
    private <T extends Component> T swedishUnlessTranslated(T component) {
        if (!page.translated() && language != Language.SV) {
            component.getElement().setAttribute("lang", "sv");
            component.getElement().setAttribute("dir", "ltr");
        }
        return component;
    }

    static List<Paragraph> paragraphs(String text) {
        return java.util.Arrays.stream(text.split("\\n\\s*\\n")).map(Paragraph::new).toList();
    }

    @Override
    public String getPageTitle() {
        return (page == null ? "" : page.title() + " – ") + getTranslation("shared.layout.portal.name");
    }

    /** "Who do we reach?": the optional questions after an answer or a proposal (issue 17). */
    private ReachForm reachForm() {
        return new ReachForm(reach, page.id(), register.districtNames());
    }
}
