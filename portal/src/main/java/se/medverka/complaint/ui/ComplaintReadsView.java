package se.medverka.complaint.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.medverka.audit.AuditLog.Entry;
import se.medverka.complaint.ComplaintReads;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * The data protection officer (dataskyddsombud) reviews who read which complaint, and when (from the
 * append-only audit log), and exports it. Not administrators: they are not to review themselves.
 */
@Route(value = "personal/klagomal/lasningar", layout = StaffLayout.class)
@Menu(title = "complaint.staff.reads.nav.label", order = 920)
@RolesAllowed("DPO")
public class ComplaintReadsView extends VerticalLayout implements TranslatedTitle {

    public ComplaintReadsView(ComplaintReads complaintReads) {
        add(new H1(getTranslation("complaint.staff.reads.title")), new Paragraph(getTranslation("complaint.staff.reads.intro")));
        Grid<Entry> grid = new Grid<>(Entry.class, false);
        grid.addColumn(e -> Formats.dateTime(e.at(), getLocale())).setHeader(getTranslation("complaint.staff.reads.at.label"));
        grid.addColumn(Entry::actor).setHeader(getTranslation("complaint.staff.reads.actor.label"));
        grid.addColumn(Entry::detail).setHeader(getTranslation("complaint.staff.list.number.label"));
        grid.setItems(complaintReads.reads(500));
        grid.setAriaLabel(getTranslation("complaint.staff.reads.title"));
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = complaintReads.readsCsv(100_000);
            return new DownloadResponse(new ByteArrayInputStream(csv), "klagomal-lasningar.csv",
                    "text/csv; charset=UTF-8", csv.length);
        }), getTranslation("complaint.staff.reads.export.action"));
        add(export, grid);
    }

    @Override
    public String titleKey() {
        return "complaint.staff.reads.title";
    }
}
