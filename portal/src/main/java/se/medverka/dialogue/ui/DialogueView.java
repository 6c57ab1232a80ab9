package se.medverka.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import se.medverka.dialogue.DialogueException;
import se.medverka.dialogue.DialogueStatus;
import se.medverka.dialogue.Dialogues;
import se.medverka.dialogue.DialogueAnswers;
import se.medverka.dialogue.DialogueProposals;
import se.medverka.dialogue.DialogueProposals.Receipt;
import se.medverka.dialogue.DialogueReactions;
import se.medverka.dialogue.Reach;
import se.medverka.dialogue.Dialogues.Order;
import se.medverka.dialogue.Dialogues.Page;
import se.medverka.dialogue.Dialogues.Post;
import se.medverka.dialogue.PostStatus;
import se.medverka.legal.PrivacyNotices;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.LanguageSelection;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.PublicLayout;

/**
 * One dialogue for residents: the committee's feedback first when given, the texts, the questions,
 * and the proposals with their comments, loaded a page at a time.
 */
@Route(value = "dialog", layout = PublicLayout.class)
@AnonymousAllowed
public class DialogueView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    static final int PAGE = 20;

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
    private final Div proposals = new Div();
    private final Select<Order> order = new Select<>();
    private final Button more = new Button();
    private int shown;
    private Set<Long> supported = Set.of();

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
        supported = reactions.supportedBy(page.id(), FlagButton.sessionKey());
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
        String plans = page.actionPlans().stream().map(c -> getTranslation("shared.actionplan." + c + ".label"))
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
                add(new AnswerForm((answers, email) -> invitations.answer(token, answers, language), page, null,
                        () -> new Paragraph(getTranslation("dialogue.samrad.thanks.text"))));
            }
            return;
        }
        if (page.open() && page.allowAnswers() && !page.questions().isEmpty()) {
            add(new AnswerForm(answering, page, language, notices.dialogueEmail(page.committeeName()), this::reachForm));
        }
        add(proposalSection());
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

    private static List<Paragraph> paragraphs(String text) {
        return java.util.Arrays.stream(text.split("\\n\\s*\\n")).map(Paragraph::new).toList();
    }

    // --- proposals ---

    private Section proposalSection() {
        Section section = new Section(new H2(getTranslation("dialogue.page.proposals.title", page.proposalCount())));
        section.addClassName("dialogue-proposals");
        if (page.open() && page.allowProposals()) {
            section.add(new ProposalForm(proposing, page, language, this::reload, notices.dialogueEmail(page.committeeName()), this::reachForm));
        }
        order.setLabel(getTranslation("dialogue.page.order.label"));
        order.setItems(Order.values());
        order.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
        order.setValue(Order.NEWEST);
        order.addValueChangeListener(e -> reload());
        more.setText(getTranslation("dialogue.page.more.action"));
        more.addClickListener(e -> loadMore());
        proposals.addClassName("dialogue-proposal-list");
        section.add(order, proposals, more);
        reload();
        return section;
    }

    private void reload() {
        proposals.removeAll();
        shown = 0;
        loadMore();
    }

    private void loadMore() {
        List<Post> next = dialogues.proposals(page.id(), order.getValue(), shown, PAGE);
        next.forEach(p -> proposals.add(proposal(p)));
        shown += next.size();
        more.setVisible(next.size() == PAGE);
        if (shown == 0) {
            proposals.add(new Paragraph(getTranslation("dialogue.page.proposals.empty.text")));
        }
    }

    private Article proposal(Post p) {
        Article article = new Article();
        article.addClassName("dialogue-proposal");
        if (p.status() == PostStatus.HIDDEN) {
            article.add(hiddenNotice(p));
            return article;
        }
        article.add(new H3(p.title()));
        paragraphs(p.body()).forEach(article::add);
        article.add(new Paragraph(getTranslation("dialogue.proposal.meta.text", Formats.dateTime(p.createdAt(), getLocale()))));
        // Agreed already (also after a reload): shown as given. Closed: the count, and no action.
        Component support;
        if (supported.contains(p.id())) {
            support = given(p.supports());
        } else if (!page.open()) {
            support = new Span(getTranslation("dialogue.proposal.supports.text", p.supports()));
        } else {
            Button agree = new Button(getTranslation("dialogue.proposal.support.action", p.supports()));
            agree.addClickListener(e -> {
                try {
                    int count = reactions.support(p.id(), FlagButton.sessionKey(), FlagButton.address());
                    agree.getParent().ifPresent(parent -> parent.getElement()
                            .insertChild(parent.getElement().indexOfChild(agree.getElement()), given(count).getElement()));
                    agree.removeFromParent();
                    Notices.success(getTranslation("dialogue.proposal.support.done.message"));
                } catch (DialogueException ex) {
                    Notices.error(getTranslation(ex.messageKey()));
                }
            });
            support = agree;
        }
        Div comments = new Div();
        comments.addClassName("dialogue-comments");
        comments.setVisible(false);
        Button toggle = new Button(getTranslation("dialogue.proposal.comments.action", p.comments()));
        toggle.getElement().setAttribute("aria-expanded", "false");
        toggle.addClickListener(e -> {
            boolean open = !comments.isVisible();
            comments.setVisible(open);
            toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
            if (open) {
                fillComments(comments, p);
            }
        });
        Div actions = new Div(support, toggle, new FlagButton(reactions, p.id()));
        actions.addClassName("dialogue-actions");
        article.add(actions, comments);
        return article;
    }

    private Span given(int count) {
        Span given = new Span(getTranslation("dialogue.proposal.support.given.label", count));
        given.addClassName("dialogue-support-given");
        return given;
    }

    private Paragraph hiddenNotice(Post p) {
        Paragraph hidden = new Paragraph(p.hiddenReason() == null ? getTranslation("dialogue.post.hidden.auto.text")
                : getTranslation("dialogue.post.hidden.reason.text", p.hiddenReason()));
        hidden.addClassName("dialogue-hidden");
        return hidden;
    }

    private void fillComments(Div comments, Post proposal) {
        comments.removeAll();
        for (Post c : dialogues.comments(proposal.id())) {
            Article article = new Article();
            article.addClassName("dialogue-comment");
            if (c.status() == PostStatus.HIDDEN) {
                article.add(hiddenNotice(c));
            } else {
                if (c.official()) {
                    Span badge = new Span(getTranslation("dialogue.comment.official.label", page.committeeName()));
                    badge.addClassName("dialogue-official");
                    article.add(badge);
                    article.addClassName("dialogue-comment--official");
                }
                paragraphs(c.body()).forEach(article::add);
                article.add(new Paragraph(getTranslation("dialogue.proposal.meta.text",
                        Formats.dateTime(c.createdAt(), getLocale()))));
                if (!c.official()) {
                    article.add(new FlagButton(reactions, c.id()));
                }
            }
            comments.add(article);
        }
        if (page.open() && page.allowComments()) {
            TextArea body = new TextArea(getTranslation("dialogue.comment.body.label"));
            body.setMaxLength(Dialogues.MAX_TEXT);
            body.setWidthFull();
            Button send = new Button(getTranslation("dialogue.comment.form.send.action"), e -> {
                try {
                    Receipt r = proposing.comment(proposal.id(), body.getValue(), null, language);
                    Notices.success(getTranslation(r.pending() ? "dialogue.comment.form.pending.message"
                            : "dialogue.comment.form.sent.message"));
                    fillComments(comments, proposal);
                } catch (DialogueException ex) {
                    Notices.error(getTranslation(ex.messageKey()));
                }
            });
            comments.add(body, send);
        }
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
