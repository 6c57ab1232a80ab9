package se.medverka.records.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import se.medverka.complaint.ComplaintViews.Held;
import se.medverka.records.ArchiveDeliveries;
import se.medverka.records.ArchiveDeliveries.Delivery;
import se.medverka.records.RecordsException;
import se.medverka.routing.CommitteeSummary;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.Notices;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;

/**
 * Delivery to the archive: export a year of a committee's closed complaint cases as a validated
 * package, hand it over, confirm the archive's receipt; and the complaints retention leaves in place.
 */
@Route(value = "personal/arkiv", layout = StaffLayout.class)
@Menu(title = "records.archive.nav.label", order = 330)
@RolesAllowed({"HANDLER", "ADMIN"})
public class ArchiveView extends VerticalLayout implements TranslatedTitle {

    private static final Logger log = LoggerFactory.getLogger(ArchiveView.class);

    private final ArchiveDeliveries deliveries;
    private final Grid<Delivery> grid = new Grid<>(Delivery.class, false);
    private final Grid<Held> held = new Grid<>(Held.class, false);
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();

    public ArchiveView(ArchiveDeliveries deliveries) {
        this.deliveries = deliveries;
        add(new H1(getTranslation("records.archive.title")), new Paragraph(getTranslation("records.archive.intro")));
        if (!deliveries.committees().isEmpty()) {
            ComboBox<CommitteeSummary> committee = new ComboBox<>(getTranslation("records.archive.committee.label"), deliveries.committees());
            committee.setItemLabelGenerator(CommitteeSummary::name);
            committee.setValue(deliveries.committees().getFirst());
            IntegerField year = new IntegerField(getTranslation("records.archive.year.label"));
            year.setValue(LocalDate.now().getYear() - 1);
            Button export = new Button(getTranslation("records.archive.export.action"),
                    e -> export(e.getSource(), committee.getValue(), year));
            export.addThemeVariants(ButtonVariant.PRIMARY);
            progress.setIndeterminate(true);
            progress.setVisible(false);
            progress.getElement().setAttribute("aria-label", getTranslation("records.archive.progress.label"));
            progressText.getElement().setAttribute("role", "status");
            add(new H2(getTranslation("records.archive.export.title")), new HorizontalLayout(committee, year), export,
                    progress, progressText);
        }
        grid.addColumn(d -> d.year()).setHeader(getTranslation("records.archive.year.label"));
        grid.addColumn(Delivery::caseCount).setHeader(getTranslation("records.archive.grid.cases.label"));
        grid.addColumn(d -> Formats.dateTime(d.createdAt(), getLocale())).setHeader(getTranslation("records.archive.grid.created.label"));
        grid.addColumn(Delivery::fileName).setHeader(getTranslation("records.archive.grid.package.label"));
        grid.addComponentColumn(this::receipt).setHeader(getTranslation("records.archive.grid.receipt.label"));
        grid.setAriaLabel(getTranslation("records.archive.list.title"));
        grid.setAllRowsVisible(true);
        held.addColumn(Held::caseNumber).setHeader(getTranslation("records.archive.grid.case.label"));
        held.addColumn(h -> Formats.dateTime(h.closedAt(), getLocale())).setHeader(getTranslation("records.archive.grid.closed.label"));
        held.addColumn(h -> getTranslation(switch (h.reason()) {
            case "NO_DECISION" -> "records.archive.held.reason.nodecision.label";
            case "NOT_YET" -> "records.archive.held.reason.notyet.label";
            default -> "records.archive.held.reason.notdelivered.label";
        })).setHeader(getTranslation("records.archive.grid.reason.label"));
        held.setAriaLabel(getTranslation("records.archive.held.title"));
        held.setAllRowsVisible(true);
        add(new H2(getTranslation("records.archive.list.title")), grid,
                new H2(getTranslation("records.archive.held.title")), new Paragraph(getTranslation("records.archive.held.intro")), held);
        refresh();
    }

    /**
     * Packs and checks the year in the background (thousands of cases take minutes): the page shows how
     * many cases are packed, then that the package is being checked, and polls until it is done; the
     * signed-in person's security context goes along, so the service's checks see who asked.
     */
    private void export(Button button, CommitteeSummary committee, IntegerField year) {
        UI ui = UI.getCurrent();
        button.setEnabled(false);
        year.setInvalid(false);
        progress.setVisible(true);
        progressText.setText(getTranslation("records.archive.progress.started.text"));
        ui.setPollInterval(500);
        long committeeId = committee.id();
        int chosen = year.getValue() == null ? 0 : year.getValue();
        ArchiveDeliveries.Progress shown = new ArchiveDeliveries.Progress() {
            @Override
            public void packed(int cases) {
                update(ui, () -> progressText.setText(getTranslation("records.archive.progress.packed.text", cases)));
            }

            @Override
            public void checking() {
                update(ui, () -> progressText.setText(getTranslation("records.archive.progress.checking.text")));
            }
        };
        Runnable task = () -> {
            try {
                Delivery d = deliveries.export(committeeId, chosen, shown);
                update(ui, () -> {
                    done(ui, button);
                    String message = getTranslation("records.archive.exported.message", d.caseCount());
                    progressText.setText(message);
                    Notices.success(message);
                    refresh();
                });
            } catch (RecordsException ex) {
                update(ui, () -> {
                    done(ui, button);
                    String message = getTranslation(ex.messageKey());
                    progressText.setText(message);
                    year.setErrorMessage(message);
                    year.setInvalid(true);
                    Notices.error(message);
                });
            } catch (RuntimeException ex) {
                log.error("archive export of committee {} year {} failed", committeeId, chosen, ex);
                update(ui, () -> {
                    done(ui, button);
                    String message = getTranslation("records.archive.export.error.failed");
                    progressText.setText(message);
                    Notices.error(message);
                });
            }
        };
        Thread.ofVirtual().name("archive-export-" + committeeId + "-" + chosen)
                .start(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }

    private void done(UI ui, Button button) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        button.setEnabled(true);
    }

    /** Changes the page from the export's thread; nothing to do when the person has left it. */
    private static void update(UI ui, Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException gone) {
            // The person left the page; the delivery is recorded all the same and listed when they come back.
        }
    }

    private com.vaadin.flow.component.Component receipt(Delivery d) {
        if (d.receiptAt() != null) {
            return new Paragraph(d.receiptReference() + ", " + Formats.dateTime(d.receiptAt(), getLocale()));
        }
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
            Path file = deliveries.packageFile(d.id());
            return new DownloadResponse(Files.newInputStream(file), d.fileName(), "application/zip", Files.size(file));
        }), getTranslation("records.archive.download.action"));
        TextField reference = new TextField(getTranslation("records.archive.receipt.label") + " " + d.year());
        Button confirm = new Button(getTranslation("records.archive.receipt.action"), e -> {
            try {
                deliveries.confirmReceipt(d.id(), reference.getValue());
                Notices.success(getTranslation("records.archive.receipted.message"));
                refresh();
            } catch (RecordsException ex) {
                String message = getTranslation(ex.messageKey());
                reference.setErrorMessage(message);
                reference.setInvalid(true);
                Notices.error(message);
            }
        });
        box.add(new Paragraph(getTranslation("records.archive.notreceipted.text")), download, reference, confirm);
        return box;
    }

    private void refresh() {
        grid.setItems(deliveries.list());
        held.setItems(deliveries.held());
    }

    @Override
    public String titleKey() {
        return "records.archive.title";
    }
}
