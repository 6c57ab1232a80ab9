package se.medverka.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.medverka.budget.BudgetProposals;
import se.medverka.budget.BudgetProposals.Status;
import se.medverka.budget.BudgetRounds;
import se.medverka.budget.BudgetRounds.AreaAmount;
import se.medverka.budget.BudgetRounds.Method;
import se.medverka.budget.BudgetRounds.RoundForm;
import se.medverka.budget.BudgetVoting;
import se.medverka.routing.DistrictSummary;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.StaffRole;
import se.medverka.staff.internal.TestIdentityProvider;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.TestEnvironment;
import se.medverka.testsupport.Translations;

/**
 * Issue 16's "Done when", in three scenes: staff open a round with two districts and residents
 * propose in Swedish and English, staff cost two and reject one with a reason; residents vote — by
 * e-identification through the test provider (within the sum, then changing the ballot, and the same
 * person in a second browser cannot vote again), a pupil with a class code, a library visitor with a
 * code staff issue; the count shows the expected winners, and a winner's update reaches its follower
 * by mail. Axe in Swedish, Finnish and Yiddish; the ballot at 390 px without sideways scrolling, and
 * by keyboard alone (the pupil).
 */
class BudgetJourneyIT extends BrowserTestBase {

    private static final String PASSWORD = "resident-password-1";
    static final TestIdentityProvider PROVIDER = TestIdentityProvider.start(0)
            .resident("anna.andersson", PASSWORD, "198001012395");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("medverka.eid.issuer", PROVIDER::issuer);
        registry.add("medverka.eid.client-id", () -> TestIdentityProvider.RESIDENT_CLIENT_ID);
        registry.add("medverka.eid.client-secret", PROVIDER::residentClientSecret);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Autowired StaffFixtures staff;
    @Autowired RoutingRegister register;
    @Autowired BudgetRounds rounds;
    @Autowired BudgetProposals proposals;
    @Autowired BudgetVoting voting;
    @Autowired se.medverka.budget.VotingCodes codes;
    @Autowired JdbcClient jdbc;

    private static String sv(String key) {
        return Translations.sv(key);
    }

    private static String t(String lang, String key) {
        return Translations.text(lang, key);
    }

    private final String suffix = Long.toString(System.nanoTime(), 36);

    private DistrictSummary district(int i) {
        return register.districts().get(i);
    }

    @Test
    void staffOpenARoundResidentsProposeInSwedishAndEnglishStaffCostTwoAndRejectOne() {
        String user = staff.member("bdg1-" + suffix, StaffRole.HANDLER, "sdn-farsta");
        String title = "Medborgarbudget Farsta " + suffix;
        login(page, user, StaffFixtures.PASSWORD);
        open(page, "personal/budget");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("budget.staff.create.action")).setExact(true)).click();
        page.waitForURL("**/personal/budget/redigera/ny");
        settle(page);
        page.getByLabel(sv("budget.editor.title.label")).fill(title);
        page.getByLabel(sv("budget.editor.amount.label").replace("{0}", district(0).name())).fill("1000000");
        page.getByLabel(sv("budget.editor.amount.label").replace("{0}", district(1).name())).fill("500000");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("budget.editor.save.action")).setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/personal/budget/omgang/\\d+$"));
        settle(page);
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);

        // Residents find the round and its timeline, and propose without an account.
        Page resident = newPerson();
        open(resident, "budget");
        resident.getByText(title).click();
        settle(resident);
        assertThat(resident.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(sv("budget.timeline.title")))).isVisible();
        // The phase marked "pågår nu" on screen, and the current step to a screen reader, is the proposals.
        Locator now = resident.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(sv("budget.timeline.now.label")));
        assertThat(now).containsText(sv("budget.phase.proposals.label"));
        assertThat(now).hasAttribute("aria-current", "step");
        assertAccessible(resident);
        propose(resident, "sv", district(0).name(), "Gungor i parken", "Fler gungor vid lekplatsen.");
        propose(resident, "sv", district(0).name(), "Konstgräs", "En ny fotbollsplan med konstgräs.");
        open(resident, "budget/" + id + "?lang=en");
        propose(resident, "en", district(1).name(), "Benches by the lake", "More benches along the shore.");

        // Staff cost two and reject one with a reason in the resident's language.
        open(page, "personal/budget/omgang/" + id);
        decide(page, "Gungor i parken", sv("budget.proposal.status.feasible.label"), "600000", null);
        decide(page, "Konstgräs", sv("budget.proposal.status.feasible.label"), "300000", null);
        decide(page, "Benches by the lake", sv("budget.proposal.status.not_feasible.label"), null,
                "The lake shore belongs to the state, not the city.");
        assertAccessible(page);
        assertThat(jdbc.sql("select count(*) from routing_case c join budget_proposal p on p.case_id = c.id"
                + " where p.round_id = :r and c.kind = 'BUDGET_PROPOSAL'").param("r", Long.parseLong(id)).query(Long.class).single())
                .isEqualTo(3);

        // Every decision is public with its reason; the page passes axe in Swedish, Finnish and Yiddish.
        for (String lang : List.of("sv", "fi", "yi")) {
            open(resident, "budget/" + id + "?lang=" + lang);
            assertThat(resident.getByText("The lake shore belongs to the state, not the city.", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertThat(resident.getByText(t(lang, "budget.proposal.status.feasible.label"), new Page.GetByTextOptions().setExact(false)))
                    .hasCount(2);
            assertAccessible(resident);
        }
        closeScreen(resident);
    }

    private void propose(Page p, String lang, String district, String title, String body) {
        p.getByLabel(t(lang, "budget.proposal.area.label")).click();
        p.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(district)).click();
        p.getByLabel(t(lang, "budget.proposal.title.label")).fill(title);
        p.getByLabel(t(lang, "budget.proposal.body.label")).fill(body);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(t(lang, "budget.proposal.form.send.action"))).click();
        settle(p);
        assertThat(p.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("MV-")).first()).isVisible();
    }

    private void decide(Page p, String title, String decision, String cost, String reason) {
        Locator article = p.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions()
                .setHas(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setExact(true))));
        article.getByLabel(sv("budget.review.decision.label"), new Locator.GetByLabelOptions().setExact(true)).click();
        p.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(decision).setExact(true)).click();
        if (cost != null) {
            article.getByLabel(sv("budget.review.cost.label"), new Locator.GetByLabelOptions().setExact(true)).fill(cost);
        }
        if (reason != null) {
            article.getByLabel(sv("budget.review.reason.label"), new Locator.GetByLabelOptions().setExact(true)).fill(reason);
        }
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("budget.review.save.aria").replace("{0}", title))).click();
        settle(p);
    }

    /** A round in its voting phase with items in two districts, made through the services. */
    private long votingRound(String handler) {
        long committee = staff.committeeId("sdn-farsta");
        LocalDate today = rounds.today();
        long r = StaffFixtures.asHandler(handler, committee, () -> rounds.create(new RoundForm("Röstning " + suffix, committee,
                Method.BUDGET, 12, today.minusDays(1), today.plusDays(10), today.plusDays(20), today.plusDays(30), today.plusDays(60),
                List.of(new AreaAmount(district(0).id(), 1_000_000), new AreaAmount(district(1).id(), 500_000)))));
        var round = rounds.round(r).orElseThrow();
        item(handler, committee, r, round.areas().get(0).id(), "Gungor", 600_000);
        item(handler, committee, r, round.areas().get(0).id(), "Bänkar", 300_000);
        item(handler, committee, r, round.areas().get(0).id(), "Belysning", 200_000);
        item(handler, committee, r, round.areas().get(1).id(), "Träd", 100_000);
        calendar(r, today.minusDays(20));
        return r;
    }

    private long item(String handler, long committee, long round, long area, String title, long cost) {
        long id = proposals.propose(round, area, title, "Om " + title, null, Language.SV).proposalId();
        StaffFixtures.asHandler(handler, committee, () -> {
            proposals.review(id, Status.FEASIBLE, cost, null, null);
            return null;
        });
        return id;
    }

    /** Time passes: the round's dates are moved so that its proposal phase began on {@code start}. */
    private void calendar(long round, LocalDate start) {
        jdbc.sql("""
                update budget_round set proposals_from = :a, review_from = :b, voting_from = :c, voting_until = :d,
                implementation_from = :e where id = :id""")
                .param("a", start.minusDays(1)).param("b", start.plusDays(10)).param("c", start.plusDays(20))
                .param("d", start.plusDays(30)).param("e", start.plusDays(60)).param("id", round).update();
    }

    private void signInWithEid(Page p, String lang) {
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(t(lang, "budget.ballot.eid.action"))).click();
        try {
            p.waitForURL(url -> url.startsWith("http://127.0.0.1:") && url.contains("/login"));
        } catch (RuntimeException e) {
            p.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/budget-eid.png")));
            throw new AssertionError("at " + p.url() + ": " + p.locator("body").innerText(), e);
        }
        p.getByLabel("Username").fill("anna.andersson");
        p.getByLabel("Password").fill(PASSWORD);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        p.waitForURL(url -> url.contains("/budget/rosta/"));
        settle(p);
    }

    private void chooseArea(Page p, String lang, String district) {
        p.getByLabel(t(lang, "budget.ballot.area.label")).click();
        p.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(district)).click();
        settle(p);
    }

    private static Locator item(Page p, String title) {
        return p.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^" + title + " ")));
    }

    private long ballots(long round) {
        return jdbc.sql("select count(*) from budget_ballot where round_id = :r").param("r", round).query(Long.class).single();
    }

    @Test
    void residentsVoteByEIdentificationClassCodeAndLibraryCodeOncePerPerson() {
        String handler = staff.member("bdg2-" + suffix, StaffRole.HANDLER, "sdn-farsta");
        long r = votingRound(handler);
        String classCode = StaffFixtures.asHandler(handler, staff.committeeId("sdn-farsta"),
                () -> codes.createClassCode(r, rounds.round(r).orElseThrow().areas().get(0).id(), "B13_17", 25));

        // A resident on a phone identifies through the city's e-identification and votes within the sum.
        Page resident = newScreen(390, 844);
        open(resident, "budget/rosta/" + r);
        assertAccessible(resident);
        signInWithEid(resident, "sv");
        chooseArea(resident, "sv", district(0).name());
        item(resident, "Gungor").check();
        item(resident, "Bänkar").check();
        settle(resident);
        // 200 000 more would pass the sum: refused at once, with the reason, and left unticked.
        item(resident, "Belysning").click();
        settle(resident);
        assertThat(item(resident, "Belysning")).not().isChecked();
        assertThat(resident.getByText(Pattern.compile("”Belysning” ryms inte")).first()).isVisible();
        assertThat(resident.getByText(sv("legal.notice.title"))).isVisible();
        assertAccessible(resident);
        assertThat((Boolean) resident.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("the ballot fits 390 px without sideways scrolling").isTrue();
        resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("budget.ballot.send.action"))).click();
        settle(resident);
        assertThat(resident.getByText(sv("budget.ballot.sent.message")).first()).isVisible();
        assertThat(ballots(r)).isEqualTo(1);

        // ...then changes the ballot: still one ballot, with the new choice.
        open(resident, "budget/rosta/" + r);
        assertThat(resident.getByText(sv("budget.ballot.voted.text").substring(0, 20), new Page.GetByTextOptions().setExact(false))).isVisible();
        chooseArea(resident, "sv", district(0).name());
        item(resident, "Bänkar").check();
        item(resident, "Belysning").check();
        resident.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("budget.ballot.change.action"))).click();
        settle(resident);
        assertThat(resident.getByText(sv("budget.ballot.changed.message")).first()).isVisible();
        assertThat(ballots(r)).isEqualTo(1);
        closeScreen(resident);

        // The same person in a second browser: told they have voted, offered only to change, no second ballot.
        Page again = newPerson();
        open(again, "budget/rosta/" + r);
        signInWithEid(again, "sv");
        assertThat(again.getByText(sv("budget.ballot.voted.text").substring(0, 20), new Page.GetByTextOptions().setExact(false))).isVisible();
        chooseArea(again, "sv", district(0).name());
        assertThat(again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("budget.ballot.send.action")))).hasCount(0);
        assertThat(ballots(r)).isEqualTo(1);
        closeScreen(again);

        // A pupil votes with the class code, in Yiddish, right to left, by keyboard alone; the class's district is fixed.
        Page pupil = newPerson();
        open(pupil, "budget/rosta/" + r + "?lang=yi");
        assertThat(pupil.locator("html")).hasAttribute("dir", "rtl");
        assertAccessible(pupil);
        tabTo(pupil, pupil.getByLabel(t("yi", "budget.ballot.classcode.label")));
        pupil.keyboard().type(classCode.toLowerCase().replace("-", " "));
        tabTo(pupil, pupil.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(t("yi", "budget.ballot.classcode.action"))));
        pupil.keyboard().press("Enter");
        settle(pupil);
        tabTo(pupil, item(pupil, "Bänkar"));
        pupil.keyboard().press("Space");
        settle(pupil);
        assertThat(item(pupil, "Bänkar")).isChecked();
        assertAccessible(pupil);
        tabTo(pupil, pupil.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(t("yi", "budget.ballot.send.action"))));
        pupil.keyboard().press("Enter");
        settle(pupil);
        assertThat(pupil.getByText(t("yi", "budget.ballot.sent.message")).first()).isVisible();
        closeScreen(pupil);

        // Staff at a library check identity and issue a one-time code; the visitor votes in Finnish.
        login(page, handler, StaffFixtures.PASSWORD);
        open(page, "personal/budget/omgang/" + r);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("budget.codes.voting.action"))).click();
        settle(page);
        Matcher issued = Pattern.compile("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}").matcher(
                page.getByText(sv("budget.codes.voting.message").replace("{0}", ""), new Page.GetByTextOptions().setExact(false)).textContent());
        assertThat(issued.find()).isTrue();
        String code = issued.group();
        Page visitor = newPerson();
        open(visitor, "budget/rosta/" + r + "?lang=fi");
        assertAccessible(visitor);
        visitor.getByLabel(t("fi", "budget.ballot.votingcode.label")).fill(code);
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(t("fi", "budget.ballot.votingcode.action"))).click();
        settle(visitor);
        chooseArea(visitor, "fi", district(1).name());
        item(visitor, "Träd").check();
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(t("fi", "budget.ballot.send.action"))).click();
        settle(visitor);
        assertThat(visitor.getByText(t("fi", "budget.ballot.sent.message")).first()).isVisible();
        // The same code a second time is refused with a message, and stores nothing.
        open(visitor, "budget/rosta/" + r + "?lang=fi");
        visitor.getByLabel(t("fi", "budget.ballot.votingcode.label")).fill(code);
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(t("fi", "budget.ballot.votingcode.action"))).click();
        assertThat(visitor.getByText(t("fi", "budget.vote.code.error.invalid")).first()).isVisible();
        closeScreen(visitor);
        assertThat(ballots(r)).isEqualTo(3);
    }

    @Test
    void theCountShowsTheExpectedWinnersAndAWinnersUpdateReachesItsFollowerByMail() throws Exception {
        String handler = staff.member("bdg3-" + suffix, StaffRole.HANDLER, "sdn-farsta");
        long r = votingRound(handler);
        long area = rounds.round(r).orElseThrow().areas().get(0).id();
        long swings = idOf(r, "Gungor");
        long benches = idOf(r, "Bänkar");
        long lights = idOf(r, "Belysning");
        // Gungor 3 votes, Bänkar 2, Belysning 2: Gungor (600 000) and then Belysning (cheaper in the tie, 200 000) fit;
        // Bänkar (300 000) no longer does with 200 000 left.
        voting.cast(voting.eidPass(r, "198001012395"), area, Set.of(swings, lights), false);
        voting.cast(voting.eidPass(r, "197708242396"), area, Set.of(swings, benches), false);
        voting.cast(voting.eidPass(r, "199503152390"), area, Set.of(swings), false);
        voting.cast(voting.eidPass(r, "201006122392"), area, Set.of(benches, lights), false);
        calendar(r, rounds.today().minusDays(35));

        login(page, handler, StaffFixtures.PASSWORD);
        open(page, "personal/budget/omgang/" + r);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("budget.results.count.action"))).click();
        settle(page);
        assertThat(page.getByText(sv("budget.results.counted.message")).first()).isVisible();
        assertAccessible(page);

        Page resident = newPerson();
        for (String lang : List.of("fi", "yi", "sv")) {
            open(resident, "budget/" + r + "?lang=" + lang);
            assertThat(resident.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("Gungor.*"
                    + t(lang, "budget.results.outcome.funded.label"))))).isVisible();
            assertThat(resident.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("Belysning.*"
                    + t(lang, "budget.results.outcome.funded.label"))))).isVisible();
            assertThat(resident.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("Bänkar.*"
                    + t(lang, "budget.results.outcome.does_not_fit.label"))))).isVisible();
            assertAccessible(resident);
        }

        // A resident follows the winning swings; the confirmation link arrives and is opened.
        String email = "foljer-" + suffix + "@exempel.se";
        Locator project = resident.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText("Gungor"));
        project.getByLabel(sv("budget.tracker.email.label")).fill(email);
        project.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(sv("budget.tracker.follow.action"))).click();
        settle(resident);
        MimeMessage confirm = awaitMail(email, sv("mail.budget.follow.subject").replace("{0}", "Gungor"));
        Matcher token = Pattern.compile("/budget/folj/([0-9a-f-]{36})").matcher(String.valueOf(confirm.getContent()));
        assertThat(token.find()).isTrue();
        open(resident, "budget/folj/" + token.group(1));
        assertThat(resident.getByText(sv("budget.follow.confirmed.text"))).isVisible();
        assertAccessible(resident);

        // Staff post a dated update with progress; it reaches the follower, with a link to stop.
        open(page, "personal/budget/omgang/" + r);
        Locator tracked = page.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText("Gungor")).last();
        tracked.getByLabel(sv("budget.tracker.text.label")).fill("Gungorna är beställda och sätts upp i maj.");
        tracked.getByLabel(sv("budget.tracker.progress.label")).fill("30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sv("budget.tracker.post.aria").replace("{0}", "Gungor"))).click();
        settle(page);
        MimeMessage update = awaitMail(email, sv("mail.budget.update.subject").replace("{0}", "Gungor"));
        assertThat(String.valueOf(update.getContent())).contains("Gungorna är beställda", "/budget/sluta/");
        open(resident, "budget/" + r);
        assertThat(resident.getByText(Pattern.compile("Gungorna är beställda"))).isVisible();
        closeScreen(resident);
    }

    private long idOf(long round, String title) {
        return proposals.proposals(round).stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow().id();
    }

    private static MimeMessage awaitMail(String to, String subject) {
        MimeMessage[] found = new MimeMessage[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            found[0] = Arrays.stream(TestEnvironment.mail().getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(to) && subject.equals(m.getSubject());
                } catch (Exception e) {
                    return false;
                }
            }).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }
}
