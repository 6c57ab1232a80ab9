package se.medverka.dialogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import se.medverka.dialogue.DialogueException;
import se.medverka.dialogue.DialogueProposals;
import se.medverka.dialogue.DialogueProposals.Receipt;
import se.medverka.dialogue.DialogueReactions;
import se.medverka.dialogue.Dialogues;
import se.medverka.dialogue.Dialogues.Order;
import se.medverka.dialogue.Dialogues.Page;
import se.medverka.dialogue.Dialogues.Post;
import se.medverka.dialogue.PostStatus;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.ui.Notices;

/**
 * A dialogue's proposals for residents: the form to propose (while open), the order, the proposals
 * a page at a time with support, flagging and their comments.
 */
class ProposalList extends Section {

    static final int PAGE = 20;

    private final Dialogues dialogues;
    private final DialogueProposals proposing;
    private final DialogueReactions reactions;
    private final Page page;
    private final Language language;
    private final Set<Long> supported;
    private final Div proposals = new Div();
    private final Select<Order> order = new Select<>();
    private final Button more = new Button();
    private int shown;

    ProposalList(Dialogues dialogues, DialogueProposals proposing, DialogueReactions reactions, Page page,
                 Language language, Set<Long> supported, Supplier<Component> privacyNotice, Supplier<ReachForm> reachForm) {
        this.dialogues = dialogues;
        this.proposing = proposing;
        this.reactions = reactions;
        this.page = page;
        this.language = language;
        this.supported = supported;
        Section section = this;
        section.add(new H2(getTranslation("dialogue.page.proposals.title", page.proposalCount())));
        section.addClassName("dialogue-proposals");
        if (page.open() && page.allowProposals()) {
            section.add(new ProposalForm(proposing, page, language, this::reload, privacyNotice.get(), reachForm));
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
        DialogueView.paragraphs(p.body()).forEach(article::add);
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
                DialogueView.paragraphs(c.body()).forEach(article::add);
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
}
