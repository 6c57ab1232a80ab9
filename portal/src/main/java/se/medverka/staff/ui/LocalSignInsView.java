package se.medverka.staff.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import se.medverka.audit.AuditLog.Entry;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.ui.StaffLayout;
import se.medverka.shared.ui.TranslatedTitle;
import se.medverka.staff.StaffAccounts;

/** Administrators see every local (break-glass) sign-in and what happened around it, latest first. */
@Route(value = "personal/anvandare/inloggningar", layout = StaffLayout.class)
@Menu(title = "staff.signins.nav.label", order = 905)
@RolesAllowed("ADMIN")
public class LocalSignInsView extends VerticalLayout implements TranslatedTitle {

    /** What each audited action is called on the page. */
    private static final Map<String, String> ACTIONS = Map.of(
            "LOGIN", "staff.signins.action.login",
            "LOGIN_FAILED", "staff.signins.action.login_failed",
            "LOGIN_THROTTLED", "staff.signins.action.login_throttled",
            "TOTP_ENROLLED", "staff.signins.action.totp_enrolled",
            "PASSWORD_CHANGED", "staff.signins.action.password_changed",
            "PASSWORD_CHANGE_REFUSED", "staff.signins.action.password_change_refused");

    public LocalSignInsView(StaffAccounts accounts) {
        add(new H1(getTranslation("staff.signins.title")), new Paragraph(getTranslation("staff.signins.intro")));
        List<Entry> entries = accounts.localSignIns(500);
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("staff.signins.empty")));
            return;
        }
        Grid<Entry> grid = new Grid<>(Entry.class, false);
        grid.addColumn(e -> Formats.dateTime(e.at(), getLocale())).setHeader(getTranslation("staff.signins.at.label"));
        grid.addColumn(e -> e.subjectId() == null ? "–" : e.subjectId()).setHeader(getTranslation("staff.signins.who.label"));
        grid.addColumn(e -> ACTIONS.containsKey(e.action()) ? getTranslation(ACTIONS.get(e.action())) : e.action())
                .setHeader(getTranslation("staff.signins.what.label")).setFlexGrow(2);
        grid.setItems(entries);
        grid.setAriaLabel(getTranslation("staff.signins.title"));
        add(grid);
    }

    @Override
    public String titleKey() {
        return "staff.signins.title";
    }
}
