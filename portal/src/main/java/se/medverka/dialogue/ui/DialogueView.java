package se.medverka.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.medverka.dialogue.DialogueException;
import se.medverka.dialogue.Dialogues;
import se.medverka.dialogue.Reach;
import se.medverka.dialogue.Dialogues.Answer;
import se.medverka.dialogue.Dialogues.Order;
import se.medverka.dialogue.Dialogues.Page;
import se.medverka.dialogue.Dialogues.Post;
import se.medverka.dialogue.Dialogues.Question;
import se.medverka.dialogue.Dialogues.Receipt;
import se.medverka.dialogue.PostStatus;
import se.medverka.dialogue.QuestionKind;
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
    private final RoutingRegister register;
    private final PrivacyNotices notices;
    private final Reach reach;
    private Page page;
    private Language language;
    private final Div proposals = new Div();
    private final Select<Order> order = new Select<>();
    private final Button more = new Button();
    private int shown;

    public DialogueView(Dialogues dialogues, RoutingRegister register, PrivacyNotices notices, Reach reach) {
        this.dialogues = dialogues;
        this.reach = reach;
        this.register = register;
        this.notices = notices;
        addClassName("dialogue-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        language = LanguageSelection.current(UI.getCurrent());
        page = id == null ? null : dialogues.page(id, language).orElse(null);
        if (page == null) {
            throw new NotFoundException();
        }
        removeAll();
        Div content = new Div();
        H1 title = new H1(page.title());
        content.add(title);
        if (!page.translated()) {
            Paragraph notice = new Paragraph(getTranslation("dialogue.page.fallback.text"));
            notice.addClassName("dialogue-notice");
            add(notice);
            content.getElement().setAttribute("lang", "sv");
        }
        if (page.feedback() != null) {
            Section feedback = new Section(new H2(getTranslation("dialogue.page.feedback.title")),
                    new Paragraph(getTranslation("dialogue.page.feedback.text", page.committeeName(),
                            Formats.dateTime(page.feedbackAt(), getLocale()))));
            paragraphs(page.feedback()).forEach(feedback::add);
            feedback.addClassName("dialogue-feedback");
            // Prominent without a shared stylesheet change: a framed block before everything else.
            feedback.getStyle().set("border-inline-start", "0.4rem solid var(--mv-blue, #00528a)")
                    .set("background", "var(--mv-surface, #f4f6f8)").set("padding", "0.5rem 1rem")
                    .set("margin-block", "1rem");
            feedback.getElement().setAttribute("aria-labelledby", "feedback-heading");
            feedback.getChildren().findFirst().ifPresent(h -> h.setId("feedback-heading"));
            content.add(feedback);
        }
        Paragraph meta = new Paragraph(getTranslation("dialogue.page.meta.text", page.committeeName(),
                Formats.date(page.opensOn(), getLocale()), Formats.date(page.closesOn(), getLocale())));
        Span status = new Span(getTranslation(page.open() ? "dialogue.status.open.label"
                : "dialogue.status." + page.status().key() + ".label"));
        status.addClassName("dialogue-status");
        Map<String, String> districtNames = register.districtNames();
        String where = page.districtCodes().isEmpty() ? getTranslation("dialogue.page.wholecity.text")
                : page.districtCodes().stream().map(c -> districtNames.getOrDefault(c, c)).collect(Collectors.joining(", "));
        String plans = page.actionPlans().stream().map(c -> getTranslation("shared.actionplan." + c + ".label"))
                .collect(Collectors.joining(", "));
        Paragraph scope = new Paragraph(getTranslation("dialogue.page.scope.text", where) + (plans.isEmpty() ? ""
                : " " + getTranslation("dialogue.page.plans.text", plans)));
        Paragraph summary = new Paragraph(page.summary());
        summary.addClassName("dialogue-summary");
        content.add(status, meta, scope, summary);
        paragraphs(page.body()).forEach(content::add);
        add(content);
        if (page.open() && page.allowAnswers() && !page.questions().isEmpty()) {
            add(questionForm());
        }
        add(proposalSection());
    }

    private static List<Paragraph> paragraphs(String text) {
        return java.util.Arrays.stream(text.split("\\n\\s*\\n")).map(Paragraph::new).toList();
    }

    // --- questions ---

    private Section questionForm() {
        Section section = new Section(new H2(getTranslation("dialogue.page.questions.title")));
        section.addClassName("dialogue-questions");
        Map<Long, Supplier<Answer>> values = new HashMap<>();
        for (Question q : page.questions()) {
            Component field;
            switch (q.kind()) {
                case FREE_TEXT -> {
                    TextArea area = new TextArea(q.text());
                    area.setMaxLength(Dialogues.MAX_TEXT);
                    values.put(q.id(), () -> new Answer(area.getValue(), null, null));
                    field = area;
                }
                case SINGLE_CHOICE -> {
                    RadioButtonGroup<Integer> group = new RadioButtonGroup<>(q.text());
                    group.setItems(IntStream.range(0, q.options().size()).boxed().toList());
                    group.setItemLabelGenerator(i -> q.options().get(i));
                    values.put(q.id(), () -> new Answer(null, group.getValue() == null ? null : java.util.Set.of(group.getValue()), null));
                    field = group;
                }
                case MULTIPLE_CHOICE -> {
                    CheckboxGroup<Integer> group = new CheckboxGroup<>(q.text());
                    group.setItems(IntStream.range(0, q.options().size()).boxed().toList());
                    group.setItemLabelGenerator(i -> q.options().get(i));
                    values.put(q.id(), () -> new Answer(null, new HashSet<>(group.getValue()), null));
                    field = group;
                }
                default -> {
                    RadioButtonGroup<Integer> group = new RadioButtonGroup<>(q.text());
                    group.setItems(1, 2, 3, 4, 5);
                    group.setItemLabelGenerator(i -> getTranslation("dialogue.page.scale." + i + ".label"));
                    values.put(q.id(), () -> new Answer(null, null, group.getValue()));
                    field = group;
                }
            }
            field.addClassName("dialogue-question");
            section.add(field);
        }
        EmailField email = emailField();
        Button send = new Button(getTranslation("dialogue.page.answers.send.action"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> {
            Map<Long, Answer> answers = new HashMap<>();
            values.forEach((id, v) -> answers.put(id, v.get()));
            try {
                dialogues.answer(page.id(), answers, email.getValue(), language);
                section.removeAll();
                section.add(new H2(getTranslation("dialogue.page.questions.title")),
                        new Paragraph(getTranslation("dialogue.page.answers.sent.message")),
                        new ReachForm(reach, page.id(), register.districtNames()));
                Notices.success(getTranslation("dialogue.page.answers.sent.message"));
            } catch (DialogueException ex) {
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        section.add(email, notices.dialogueEmail(page.committeeName()), send);
        return section;
    }

    private EmailField emailField() {
        EmailField email = new EmailField(getTranslation("dialogue.page.email.label"));
        email.setHelperText(getTranslation("dialogue.page.email.helper"));
        email.setErrorMessage(getTranslation("dialogue.page.email.error.invalid"));
        email.setMaxLength(254);
        return email;
    }

    // --- proposals ---

    private Section proposalSection() {
        Section section = new Section(new H2(getTranslation("dialogue.page.proposals.title", page.proposalCount())));
        section.addClassName("dialogue-proposals");
        if (page.open() && page.allowProposals()) {
            section.add(proposalForm());
        }
        order.setLabel(getTranslation("dialogue.page.order.label"));
        order.setItems(Order.values());
        order.setItemLabelGenerator(o -> getTranslation("dialogue.page.order." + o.name().toLowerCase() + ".label"));
        order.setValue(Order.NEWEST);
        order.addValueChangeListener(e -> reload());
        more.setText(getTranslation("dialogue.page.more.action"));
        more.addClickListener(e -> loadMore());
        proposals.addClassName("dialogue-proposal-list");
        section.add(order, proposals, more);
        reload();
        return section;
    }

    private Div proposalForm() {
        Div form = new Div(new H3(getTranslation("dialogue.proposal.form.title")));
        form.addClassName("dialogue-proposal-form");
        TextField title = new TextField(getTranslation("dialogue.proposal.title.label"));
        title.setMaxLength(Dialogues.MAX_TITLE);
        title.setWidthFull();
        TextArea body = new TextArea(getTranslation("dialogue.proposal.body.label"));
        body.setMaxLength(Dialogues.MAX_TEXT);
        body.setWidthFull();
        EmailField email = emailField();
        Button send = new Button(getTranslation("dialogue.proposal.form.send.action"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        Paragraph receipt = new Paragraph();
        receipt.getElement().setAttribute("role", "status");
        send.addClickListener(e -> {
            try {
                Receipt r = dialogues.propose(page.id(), title.getValue(), body.getValue(), email.getValue(), language);
                title.clear();
                body.clear();
                email.clear();
                String text = getTranslation(r.pending() ? "dialogue.proposal.form.pending.message"
                        : "dialogue.proposal.form.sent.message", r.caseNumber());
                receipt.setText(text);
                Notices.success(text);
                if (form.getChildren().noneMatch(ReachForm.class::isInstance)) {
                    form.add(new ReachForm(reach, page.id(), register.districtNames()));
                }
                reload();
            } catch (DialogueException ex) {
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
        form.add(title, body, email, notices.dialogueEmail(page.committeeName()), send, receipt);
        return form;
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
        int[] supports = {p.supports()};
        Button support = new Button(getTranslation("dialogue.proposal.support.action", supports[0]));
        support.addClickListener(e -> {
            try {
                supports[0] = dialogues.support(p.id(), sessionKey(), address());
                support.setText(getTranslation("dialogue.proposal.support.action", supports[0]));
                support.setEnabled(false);
                Notices.success(getTranslation("dialogue.proposal.support.done.message"));
            } catch (DialogueException ex) {
                Notices.error(getTranslation(ex.messageKey()));
            }
        });
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
        Div actions = new Div(support, toggle, flagButton(p.id()));
        actions.addClassName("dialogue-actions");
        article.add(actions, comments);
        return article;
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
                    article.add(flagButton(c.id()));
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
                    Receipt r = dialogues.comment(proposal.id(), body.getValue(), null, language);
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

    private Button flagButton(long postId) {
        Button flag = new Button(getTranslation("dialogue.flag.open.action"));
        flag.addThemeVariants(ButtonVariant.TERTIARY);
        flag.addClickListener(e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("dialogue.flag.form.title"));
            TextArea reason = new TextArea(getTranslation("dialogue.flag.reason.label"));
            reason.setMaxLength(Dialogues.MAX_REASON);
            reason.setWidthFull();
            Button send = new Button(getTranslation("dialogue.flag.form.send.action"), ev -> {
                try {
                    dialogues.flag(postId, reason.getValue(), sessionKey(), address());
                    dialog.close();
                    flag.setEnabled(false);
                    Notices.success(getTranslation("dialogue.flag.form.sent.message"));
                } catch (DialogueException ex) {
                    Notices.error(getTranslation(ex.messageKey()));
                }
            });
            send.addThemeVariants(ButtonVariant.PRIMARY);
            Button cancel = new Button(getTranslation("dialogue.flag.form.cancel.action"), ev -> dialog.close());
            dialog.add(reason);
            dialog.getFooter().add(cancel, send);
            dialog.open();
            reason.focus();
        });
        return flag;
    }

    private static String sessionKey() {
        return VaadinSession.getCurrent().getSession().getId();
    }

    private static String address() {
        return VaadinSession.getCurrent().getBrowser().getAddress();
    }

    @Override
    public String getPageTitle() {
        return (page == null ? "" : page.title() + " – ") + getTranslation("shared.layout.portal.name");
    }
}
