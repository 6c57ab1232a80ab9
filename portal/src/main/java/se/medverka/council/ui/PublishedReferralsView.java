package se.medverka.council.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.medverka.council.PublishedReferrals;
import se.medverka.council.Referrals;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.PublicLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** Closed referrals and their answers (public records), except answers under secrecy review. */
@Route(value = "remisser/:id?", layout = PublicLayout.class)
@AnonymousAllowed
public class PublishedReferralsView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final PublishedReferrals referrals;

    public PublishedReferralsView(PublishedReferrals referrals) {
        this.referrals = referrals;
        addClassName("council-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var id = event.getRouteParameters().get("id").flatMap(CouncilUi::parse);
        if (id.isEmpty()) {
            add(new H1(getTranslation("council.published.title")), new Paragraph(getTranslation("council.published.intro.text")));
            UnorderedList list = new UnorderedList();
            for (Referrals.ReferralSummary r : referrals.published()) {
                list.add(new ListItem(new Anchor("remisser/" + r.id(), r.title()),
                        new com.vaadin.flow.component.html.Span(" – " + r.committeeName())));
            }
            if (list.getChildren().findAny().isEmpty()) {
                list.add(new ListItem(getTranslation("council.published.empty.text")));
            }
            add(list);
            return;
        }
        PublishedReferrals.PublicReferral p = referrals.publishedReferral(id.get()).orElse(null);
        if (p == null) {
            add(new H1(getTranslation("council.error.notfound")));
            return;
        }
        add(new H1(p.referral().title()), new Paragraph(getTranslation("council.published.from.text",
                p.referral().committeeName(), Formats.date(p.referral().deadline(), getLocale()))),
                new Paragraph(p.summary()),
                new Paragraph(CouncilUi.document(getTranslation("council.answer.document.action"),
                        () -> referrals.document(p.documentId(), null))));
        add(new H2(getTranslation("council.published.answers.title")));
        for (PublishedReferrals.PublicAnswer a : p.answers()) {
            add(new com.vaadin.flow.component.html.H3(a.recipientName()),
                    new Paragraph(getTranslation("council.published.answered.text", Formats.dateTime(a.answeredAt(), getLocale()))),
                    new Paragraph(a.answer()));
            for (var doc : a.attachments()) {
                add(new Paragraph(CouncilUi.document(doc.fileName(), () -> referrals.document(doc.id(), null))));
            }
        }
    }

    @Override
    public String titleKey() {
        return "council.published.title";
    }
}
