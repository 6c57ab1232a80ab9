package se.medverka.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.medverka.council.CouncilException;
import se.medverka.council.Referrals;
import se.medverka.council.Referrals.RecipientRow;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * Who answered, who asked for more time, who is late — for the sending committee's staff: grant a
 * new last day, mark an answer for secrecy review, close and publish. The recipients come a page of
 * {@link #PAGE} at a time (one query for the page; the counts are in the summary), so a referral to
 * hundreds of organisations renders as fast as a small one; rows with nothing to do are plain text.
 */
@Route(value = "personal/remisser/:id", layout = StaffLayout.class)
@RolesAllowed({"HANDLER", "ADMIN"})
public class ReferralOverviewView extends Div implements BeforeEnterObserver, TranslatedTitle {

    /** Recipients per page of the table. */
    static final int PAGE = 25;

    private final Referrals referrals;
    private int page;
    private Button previous;
    private Button next;

    public ReferralOverviewView(Referrals referrals) {
        this.referrals = referrals;
        addClassName("council-staff");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page = 0;
        show(event.getRouteParameters().get("id").flatMap(CouncilUi::parse).orElse(-1L));
    }

    void show(long id) {
        removeAll();
        Referrals.Overview o = referrals.overview(id, page * PAGE, PAGE).orElse(null);
        if (o == null) {
            add(new H1(getTranslation("council.error.notfound")));
            return;
        }
        boolean closed = o.referral().closedAt() != null;
        add(new H1(o.referral().title()), new Paragraph(getTranslation("council.overview.summary.text",
                o.referral().committeeName(), Formats.date(o.referral().deadline(), getLocale()),
                o.referral().answered(), o.referral().recipients())));
        Div errors = CouncilUi.errors();
        errors.setVisible(false);
        add(errors);
        NativeTable table = CouncilUi.table(getTranslation("council.overview.table.caption"), List.of(
                getTranslation("council.overview.recipient.label"), getTranslation("council.referral.deadline.label"),
                getTranslation("council.overview.status.label"), getTranslation("council.overview.case.label"),
                getTranslation("council.overview.extension.label"), getTranslation("council.overview.secrecy.label")));
        for (RecipientRow r : o.recipients()) {
            String status;
            if (r.answeredAt() != null) {
                status = getTranslation(r.late() ? "council.overview.status.answeredlate.text" : "council.overview.status.answered.text",
                        Formats.dateTime(r.answeredAt(), getLocale()));
            } else if (r.late()) {
                status = getTranslation("council.overview.status.late.text");
            } else {
                status = getTranslation("council.overview.status.waiting.text");
            }
            if (r.remindedAt() != null && r.answeredAt() == null) {
                status += " " + getTranslation("council.overview.status.reminded.text", Formats.dateTime(r.remindedAt(), getLocale()));
            }
            // Text where nothing is to be done (most rows of a large referral); a form only where a new day may be granted.
            String extensionText = (r.extensionAskedAt() == null ? "" : getTranslation("council.overview.extension.asked.text",
                    r.extensionWanted() == null ? "" : Formats.date(r.extensionWanted(), getLocale()),
                    r.extensionReason() == null ? "" : r.extensionReason()))
                    + (r.extensionGrantedAt() == null ? "" : " " + getTranslation("council.overview.extension.granted.text",
                    Formats.dateTime(r.extensionGrantedAt(), getLocale())));
            Object extension = extensionText.strip();
            if (r.answeredAt() == null && !closed) {
                Div form = new Div(new Span(extensionText.strip()));
                DatePicker date = new DatePicker(getTranslation("council.overview.extension.date.label", r.name()));
                if (r.extensionWanted() != null) {
                    date.setValue(r.extensionWanted());
                }
                Button grant = new Button(getTranslation("council.overview.extension.action", r.name()), e -> act(errors, () -> {
                    referrals.grantExtension(r.id(), date.getValue());
                    Notices.success(getTranslation("council.overview.extension.granted.message", r.name()));
                    show(id);
                }));
                form.add(date, grant);
                extension = form;
            }
            Object secrecy = "";
            if (r.answeredAt() != null) {
                Checkbox review = new Checkbox(getTranslation("council.overview.secrecy.action", r.name()), r.secrecyReview());
                review.setReadOnly(closed);
                review.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        act(errors, () -> referrals.markForSecrecyReview(r.id(), e.getValue()));
                    }
                });
                secrecy = review;
            }
            CouncilUi.row(table, r.name(), Formats.date(r.deadline(), getLocale()), status,
                    r.caseNumber(), extension, secrecy);
        }
        add(table);
        pager(id, o.referral().recipients(), o.recipients().size());
        if (closed) {
            add(new Paragraph(getTranslation("council.overview.closed.text", Formats.dateTime(o.referral().closedAt(), getLocale()))),
                    new Anchor("remisser/" + id, getTranslation("council.overview.public.action")));
        } else {
            Button close = new Button(getTranslation("council.overview.close.action"), e -> act(errors, () -> {
                referrals.close(id);
                Notices.success(getTranslation("council.overview.closed.message"));
                show(id);
            }));
            close.addThemeVariants(ButtonVariant.PRIMARY);
            add(close);
        }
    }

    /** "Recipients 26–50 of 200" and the buttons to the pages before and after, when there are several. */
    private void pager(long id, int total, int shown) {
        if (total <= PAGE) {
            return;
        }
        Div pager = new Div();
        pager.addClassName("council-pager");
        pager.getElement().setAttribute("role", "navigation");
        pager.getElement().setAttribute("aria-label", getTranslation("council.overview.pages.label"));
        Paragraph where = new Paragraph(getTranslation("council.overview.pages.text", page * PAGE + 1, page * PAGE + shown, total));
        where.getElement().setAttribute("aria-live", "polite");
        // After the page is rebuilt the focus stays on the pager (the button pressed, or the other one at an end).
        previous = new Button(getTranslation("council.overview.pages.previous.action"), e -> {
            page--;
            show(id);
            (previous.isEnabled() ? previous : next).focus();
        });
        previous.setEnabled(page > 0);
        next = new Button(getTranslation("council.overview.pages.next.action"), e -> {
            page++;
            show(id);
            (next.isEnabled() ? next : previous).focus();
        });
        next.setEnabled((page + 1) * PAGE < total);
        pager.add(where, previous, next);
        add(pager);
    }

    private void act(Div errors, Runnable action) {
        try {
            action.run();
        } catch (CouncilException ex) {
            CouncilUi.show(errors, getTranslation(ex.messageKey()));
            Notices.error(getTranslation(ex.messageKey()));
        }
    }

    @Override
    public String titleKey() {
        return "council.referrals.nav.label";
    }
}
