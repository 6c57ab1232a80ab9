package se.medverka.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.complaint.ComplaintFigures;
import se.medverka.followup.internal.ComplaintCounts;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.TestEnvironment;
import se.medverka.testsupport.Translations;

/**
 * A labour-market handler sees only their committee's figures (small cells as "färre än 5"),
 * downloads the CSV and fills in MR-trappan; an administrator sees the city-wide matrix. axe on
 * the dashboard and the staircase.
 */
class FollowUpJourneyIT extends BrowserTestBase {

    @Autowired StaffFixtures fixtures;
    @Autowired JdbcClient jdbc;

    private static String sv(String key) {
        return Translations.sv(key);
    }

    @Autowired ComplaintCounts counts;
    @Autowired TransactionTemplate transactions;

    private void facts(long committee, int n, String ground) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        for (int i = 0; i < n; i++) {
            transactions.executeWithoutResult(t -> counts.add(committee,
                    new ComplaintFigures("TREATMENT", "labour_market", "farsta", List.of(ground), today), +1));
        }
    }

    @Test
    void aHandlerSeesTheirFiguresExportsAndAssessesTheStaircase() throws IOException {
        long labour = fixtures.committeeId("arbetsmarknadsnamnden");
        facts(labour, 9, "ethnicity");
        facts(labour, 2, "age");
        facts(fixtures.committeeId("kulturnamnden"), 7, "religion");
        String handler = fixtures.member("followup-journey", StaffRole.HANDLER, "arbetsmarknadsnamnden");
        login(page, handler, StaffFixtures.PASSWORD);
        open(page, "personal/uppfoljning");

        assertThat(resultsHeading(page).filter(new Locator.FilterOptions().setHasText("Arbetsmarknadsnämnden"))).isVisible();
        Locator grounds = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(sv("followup.dashboard.grounds.title")));
        assertThat(grounds.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(sv("shared.ground.age.label"))).textContent())
                .contains("färre än 5");
        assertThat(page.content()).doesNotContain(sv("followup.dashboard.city.label"));
        assertAccessible(page);

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(sv("followup.dashboard.csv.action"))).click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFcommittee,from,to,table,code,label,value");
        assertThat(csv).contains(",grounds,age,").contains("färre än 5").doesNotContain("Kulturnämnden");
        assertThat(csv.lines().filter(l -> l.contains(",grounds,age,")).findFirst().orElseThrow()).endsWith("färre än 5");

        open(page, "personal/uppfoljning/trappan");
        assertAccessible(page);
        Page.GetByRoleOptions begunOption = new Page.GetByRoleOptions()
                .setName(sv("followup.staircase.level.begun.label")).setExact(true);
        assertThat(page.getByRole(AriaRole.RADIO, begunOption).count()).isEqualTo(6);
        for (int s = 1; s <= 6; s++) {
            Locator step = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                    .setName(sv("followup.staircase.step." + s + ".label")).setExact(true));
            step.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions()
                    .setName(sv("followup.staircase.level.begun.label")).setExact(true)).check();
            step.getByLabel(sv("followup.staircase.justification.label")).fill("Vi har börjat, steg " + s);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("followup.staircase.save.action"))).click();
        settle(page);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(sv("followup.staircase.saved.message"));
        assertThat(jdbc.sql("select count(*) from followup_staircase where committee_id = :c and level = 'BEGUN'")
                .param("c", labour).query(Long.class).single()).isEqualTo(6);
        assertThat(page.content()).doesNotContain(sv("followup.staircase.matrix.intro.text"));

    }

    @Test
    void anAdministratorSeesTheCityAndTheMatrix() throws IOException {
        login(page, TestEnvironment.ADMIN_USERNAME, TestEnvironment.ADMIN_PASSWORD);
        open(page, "personal/uppfoljning");
        assertThat(resultsHeading(page).filter(new Locator.FilterOptions().setHasText(sv("followup.dashboard.city.label")))).isVisible();
        assertAccessible(page);
        open(page, "personal/uppfoljning/trappan");
        // The matrix is the table named by its title, "Hela staden <year>: nämnder × steg".
        String matrixTitle = sv("followup.staircase.matrix.title");
        Locator matrix = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName(matrixTitle.substring(matrixTitle.indexOf('}') + 1)));
        assertThat(matrix).isVisible();
        assertThat(matrix).containsText("Arbetsmarknadsnämnden");
        assertAccessible(page);
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(sv("followup.staircase.csv.action"))).click());
        assertThat(Files.readString(download.path(), StandardCharsets.UTF_8)).contains("step_1,step_1_change");
    }

    /** The heading above the figures, naming the committee (or the whole city) and the months. */
    private static Locator resultsHeading(Page p) {
        return p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2));
    }
}
