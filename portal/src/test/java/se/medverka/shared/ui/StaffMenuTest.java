package se.medverka.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.medverka.shared.security.StaffRole;
import se.medverka.staff.ui.StaffHomeView;
import se.medverka.testsupport.Translations;

/** The staff menu shows each person the views their roles open, in the views' order, and no other. */
@SpringBootTest
class StaffMenuTest extends SpringBrowserlessTest {

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aHandlerSeesTheHandlersViewsButNotTheAdministratorsOrTheDataProtectionOfficers() {
        assertThat(menuAs(StaffRole.HANDLER)).containsExactly(
                "staff.home.nav.label", "routing.inbox.nav.label", "complaint.staff.list.nav.label",
                "complaint.assisted.nav.label", "dialogue.staff.nav.label", "dialogue.assisted.nav.label", "dialogue.assisted.answers.nav.label",
                "council.staff.nav.label", "council.referrals.nav.label",
                "consultation.staff.nav.label", "records.requests.nav.label", "records.archive.nav.label", "records.publish.nav.label",
                "budget.staff.nav.label", "followup.dashboard.nav.label", "followup.staircase.nav.label");
    }

    @Test
    void anAdministratorAlsoSeesTheRegisterAndTheUsersButNotWhoReadWhichComplaint() {
        assertThat(menuAs(StaffRole.ADMIN))
                .contains("routing.register.nav.label", "staff.users.nav.label", "staff.groups.nav.label",
                        "information.admin.nav.label", "legal.admin.nav.label", "dialogue.moderation.nav.label",
                        "records.erasure.nav.label", "records.requests.nav.label", "records.archive.nav.label")
                .contains("staff.signins.nav.label")
                .doesNotContain("complaint.staff.reads.nav.label", "complaint.staff.citywide.nav.label")
                .startsWith("staff.home.nav.label", "routing.inbox.nav.label");
    }

    @Test
    void theDataProtectionOfficerSeesTheStartAndTheReadsOnly() {
        assertThat(menuAs(StaffRole.DPO)).containsExactly("staff.home.nav.label", "complaint.staff.reads.nav.label");
    }

    @Test
    void theCityWideComplaintReaderSeesTheStartAndAllComplaintsOnly() {
        assertThat(menuAs(StaffRole.COMPLAINT_READER)).containsExactly("staff.home.nav.label", "complaint.staff.citywide.nav.label");
    }

    /** The label keys of the menu's links, in order, for a person with one role. */
    private List<String> menuAs(StaffRole role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "menu-" + role.name().toLowerCase(), "n/a", List.of(new SimpleGrantedAuthority(role.authority()))));
        navigate("personal", StaffHomeView.class);
        List<String> keys = List.of("staff.home.nav.label", "routing.inbox.nav.label", "routing.register.nav.label",
                "complaint.staff.list.nav.label", "complaint.assisted.nav.label", "complaint.staff.reads.nav.label",
                "dialogue.staff.nav.label", "dialogue.moderation.nav.label", "dialogue.assisted.nav.label", "dialogue.assisted.answers.nav.label",
                "council.staff.nav.label", "council.referrals.nav.label",
                "consultation.staff.nav.label", "budget.staff.nav.label", "information.admin.nav.label", "information.translations.nav.label",
                "legal.admin.nav.label", "followup.dashboard.nav.label", "followup.staircase.nav.label",
                "staff.users.nav.label", "staff.groups.nav.label", "staff.signins.nav.label",
                "complaint.staff.citywide.nav.label",
                "records.requests.nav.label", "records.archive.nav.label", "records.publish.nav.label", "records.erasure.nav.label");
        Nav menu = $(Nav.class).all().stream()
                .filter(nav -> Translations.sv("shared.staff.layout.nav.label").equals(nav.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
        return $(Anchor.class, menu).all().stream()
                .map(Anchor::getText)
                .map(text -> keys.stream().filter(key -> Translations.sv(key).equals(text)).findFirst().orElse(text))
                .toList();
    }
}
