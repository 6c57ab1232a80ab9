package se.medverka.legal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.medverka.shared.i18n.Formats;
import se.medverka.shared.i18n.Language;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.TestEnvironment;
import se.medverka.testsupport.Translations;

/**
 * The legal pages (issue 17): every public page links to the accessibility statement and the page
 * on personal data and cookies in the reader's language; both render and pass axe in Swedish,
 * lättläst, Finnish and Yiddish; the cookie page lists every cookie chromium really holds.
 */
class LegalPagesIT extends BrowserTestBase {

    /** Every public page a resident can reach without a code or a token. */
    private static final List<String> PUBLIC_PAGES = List.of("", "dialog", "barn", "barn/klass", "klagomal",
            "klagomal/status", "klagomal/publicerade", "budget", "rad", "rad/logga-in", "remisser", "information",
            "information/om-mr-programmet", "tillganglighet", "personuppgifter", "tillganglighet/rapportera");

    /**
     * The reader chooses a language once and goes from page to page inside the portal, as its own
     * links take them: the router changes the page without loading the portal anew, so the footer is
     * looked at on 160 pages for the price of ten page loads.
     */
    @Test
    void everyPublicPageHasBothFooterLinksInTheReadersLanguage() {
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            open(page, "?lang=" + language.code());
            for (String path : PUBLIC_PAGES) {
                if (!path.isEmpty()) {
                    goWithinThePortal(page, path);
                }
                for (String key : List.of("shared.layout.footer.accessibility.action", "shared.layout.footer.privacy.action",
                        "shared.layout.footer.report.action")) {
                    Locator link = footerLink(page, Translations.text(language.code(), key));
                    if (link.count() != 1 || !link.isVisible()) {
                        missing.add(language.code() + " /" + path + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).as("footer links missing").isEmpty();
    }

    @Test
    void theStatementAndThePrivacyPageRenderAndPassAxeInSwedishEasySwedishFinnishAndYiddish() {
        for (String code : List.of("sv", "lattlast", "fi", "yi")) {
            open(page, "?lang=" + code);
            footerLink(page, Translations.text(code, "shared.layout.footer.accessibility.action")).click();
            page.waitForURL("**/tillganglighet");
            settle(page);
            assertThat(heading(page)).hasText(Translations.text(code, "legal.statement.title"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName(Translations.text(code, "legal.statement.supervision.title")))).isVisible();
            Locator digg = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName(Translations.text(code, "legal.statement.supervision.action")));
            assertThat(digg).isVisible();
            assertThat(digg).hasAttribute("href", "https://www.digg.se/tdosanmalan");
            // The known gaps come from their information page, in the reader's language.
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                    .setName(Translations.text(code, "legal.statement.gaps.title")).setExact(true))
                    .getByRole(AriaRole.LISTITEM)).hasCount(3);
            assertThat(page.locator("html")).hasAttribute("dir", "yi".equals(code) ? "rtl" : "ltr");
            assertAccessible(page);

            footerLink(page, Translations.text(code, "shared.layout.footer.privacy.action")).click();
            page.waitForURL("**/personuppgifter");
            settle(page);
            assertThat(heading(page)).hasText(Translations.text(code, "legal.privacy.title"));
            assertThat(page.getByText(Translations.text(code, "legal.privacy.consent.title"))).isVisible();
            assertAccessible(page);
        }
    }

    @Test
    void everyCookieChromiumHoldsAfterAComplaintAndALanguageChangeIsOnThePrivacyPage() {
        open(page, "klagomal");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
                .setName(Translations.sv("complaint.form.concerns.accessibility.label"))).check();
        page.getByLabel(Translations.sv("complaint.form.what.label")).fill("Knappen i bibliotekets app går inte att nå med tangentbordet.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("complaint.form.send.action"))).click();
        settle(page);
        assertThat(heading(page)).hasText(Translations.sv("complaint.receipt.title"));

        page.getByText(Translations.sv("shared.layout.language.label") + ":").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("suomi")).click();
        page.waitForURL("**lang=fi");
        settle(page);
        assertThat(page.locator("html")).hasAttribute("lang", "fi");

        List<String> held = context.cookies().stream().map(c -> c.name).distinct().toList();
        assertThat(held).as("the journey set cookies").isNotEmpty();
        footerLink(page, Translations.text("fi", "shared.layout.footer.privacy.action")).click();
        page.waitForURL("**/personuppgifter");
        settle(page);
        List<String> listed = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                        .setName(Translations.text("fi", "legal.privacy.cookies.title")).setExact(true))
                .getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(3))
                .allTextContents().stream().map(String::strip).toList();
        assertThat(listed).as("cookies chromium holds: %s", held).containsAll(held);
    }

    @Test
    void anAdministratorChangesTheDateOfAssessmentAndResidentsSeeIt() {
        open(page, "personal");
        login(page, TestEnvironment.ADMIN_USERNAME, TestEnvironment.ADMIN_PASSWORD);
        open(page, "personal/tillganglighet");
        assertAccessible(page);
        Locator date = page.getByLabel(Translations.sv("legal.admin.assessed.label"));
        LocalDate when = LocalDate.now(se.medverka.shared.time.CityTime.ZONE).minusDays(3);
        date.fill(when.toString());
        date.press("Enter");
        Locator email = page.getByLabel(Translations.sv("legal.admin.email.label"));
        email.fill("not an address");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("legal.admin.save.action"))).click();
        settle(page);
        assertThat(page.getByText(Translations.sv("legal.admin.email.error.invalid")).first()).isVisible();

        email.fill("webb.tillganglighet@stad.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("legal.admin.save.action"))).click();
        settle(page);
        assertThat(page.getByText(Translations.sv("legal.admin.saved.message"))).isVisible();

        Page resident = newPerson();
        open(resident, "tillganglighet?lang=en");
        assertThat(resident.getByText(Formats.date(when, Language.EN.formatLocale()), new Page.GetByTextOptions())).hasCount(1);
        Locator mail = resident.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("webb.tillganglighet@stad.example"));
        assertThat(mail).isVisible();
        assertThat(mail).hasAttribute("href", "mailto:webb.tillganglighet@stad.example");
    }

    private static Locator footerLink(Page p, String name) {
        return p.getByRole(AriaRole.CONTENTINFO).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
