package se.medverka.routing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseRef;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.routing.NewCase;
import se.medverka.routing.RoutingRegister;
import se.medverka.routing.internal.DueReminderJob;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.Translations;

/** The staff case view shows a due-date reminder in the case's history, with its date. */
@SpringBootTest
class DueReminderCaseViewTest extends SpringBrowserlessTest {

    @Autowired Cases cases;
    @Autowired RoutingRegister register;
    @Autowired DueReminderJob job;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theReminderIsInTheCasesHistory() {
        CaseRef ref = transactions.execute(s -> cases.open(new NewCase(CaseKind.COMPLAINT, "due-view-1", "school", "bromma", null, "sv")));
        await().atMost(Duration.ofSeconds(30)).until(() -> cases.status(ref.id()).orElseThrow().state() == CaseState.ASSIGNED);
        LocalDate due = LocalDate.now(se.medverka.shared.time.CityTime.ZONE).minusDays(1);
        jdbc.sql("update routing_case set acknowledge_due = :due where id = :id").param("due", due).param("id", ref.id()).update();
        job.remindDue();

        long education = register.committeeByCode("utbildningsnamnden").orElseThrow().id();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("due-view-handler", "n/a",
                List.of(new SimpleGrantedAuthority(StaffRole.HANDLER.authority()),
                        new SimpleGrantedAuthority(StaffRole.HANDLER.scopedAuthority(education)))));
        navigate("personal/arenden/" + ref.id(), CaseView.class);

        String expected = Translations.sv("routing.case.trail.reminder.acknowledge.text")
                .replace("{0}", Formats.date(due, Language.SV.locale()));
        assertThat($(ListItem.class).all()).extracting(item -> item.getElement().getTextRecursively()).anyMatch(text -> text.endsWith("system: " + expected));
    }
}
