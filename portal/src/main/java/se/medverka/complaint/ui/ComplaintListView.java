package se.medverka.complaint.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.medverka.complaint.ComplaintHandling;
import se.medverka.routing.CaseSummary;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/** The complaints of the committees the handler works for, nearest due date first. */
@Route(value = "personal/klagomal", layout = StaffLayout.class)
@Menu(title = "complaint.staff.list.nav.label", order = 200)
@RolesAllowed({"HANDLER", "ADMIN"})
public class ComplaintListView extends VerticalLayout implements TranslatedTitle {

    public ComplaintListView(ComplaintHandling handling) {
        add(new H1(getTranslation("complaint.staff.list.title")));
        List<CaseSummary> rows = handling.mine();
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("complaint.staff.list.empty")));
            return;
        }
        Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
        grid.addComponentColumn(c -> new Anchor("personal/klagomal/" + c.id(), c.caseNumber()))
                .setHeader(getTranslation("complaint.staff.list.number.label"));
        grid.addColumn(c -> ComplaintTexts.state(c.state())).setHeader(getTranslation("complaint.status.state.label"));
        grid.addColumn(c -> c.committeeName() == null ? "" : c.committeeName())
                .setHeader(getTranslation("complaint.status.committee.label"));
        grid.addColumn(c -> Formats.dateTime(c.receivedAt(), getLocale()))
                .setHeader(getTranslation("complaint.receipt.received.label"));
        grid.addColumn(c -> Formats.date(c.answerDue(), getLocale())).setHeader(getTranslation("complaint.status.due.label"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("complaint.staff.list.title"));
        add(grid);
    }

    @Override
    public String titleKey() {
        return "complaint.staff.list.title";
    }
}
