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
import se.medverka.complaint.ComplaintHandling.CityWideEntry;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * The complaint reader's list of the whole city's complaints (a role of its own, separate from
 * administration and from the committees' handlers): numbers, committees and dates; each complaint's
 * content opens read-only, and every opening is audited for the data protection officer.
 */
@Route(value = "personal/klagomal/alla", layout = StaffLayout.class)
@Menu(title = "complaint.staff.citywide.nav.label", order = 205)
@RolesAllowed("COMPLAINT_READER")
public class CityWideComplaintsView extends VerticalLayout implements TranslatedTitle {

    public CityWideComplaintsView(ComplaintHandling complaints) {
        add(new H1(getTranslation("complaint.staff.citywide.title")),
                new Paragraph(getTranslation("complaint.staff.citywide.intro")));
        List<CityWideEntry> rows = complaints.cityWide(500);
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("complaint.staff.list.empty")));
            return;
        }
        Grid<CityWideEntry> grid = new Grid<>(CityWideEntry.class, false);
        grid.addComponentColumn(c -> new Anchor("personal/klagomal/las/" + c.caseId(), c.caseNumber()))
                .setHeader(getTranslation("complaint.staff.list.number.label"));
        grid.addColumn(c -> c.committeeName() == null ? "–" : c.committeeName())
                .setHeader(getTranslation("complaint.status.committee.label"));
        grid.addColumn(c -> Formats.dateTime(c.receivedAt(), getLocale()))
                .setHeader(getTranslation("complaint.receipt.received.label"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("complaint.staff.citywide.title"));
        add(grid);
    }

    @Override
    public String titleKey() {
        return "complaint.staff.citywide.title";
    }
}
