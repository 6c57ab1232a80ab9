package se.medverka.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import se.medverka.shared.i18n.Language;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.TestEnvironment;
import se.medverka.testsupport.Translations;

/** The walking skeleton in a real browser: languages, direction, keyboard, login, axe. */
class FoundationJourneyIT extends BrowserTestBase {

    @Test
    void theStartPageRendersInEveryLanguageWithLangAndDirection() {
        for (Language language : Language.values()) {
            open(page, "?lang=" + language.code());
            assertThat(heading(page)).hasText(Translations.text(language.code(), "information.start.title"));
            assertThat(page.locator("html")).hasAttribute("lang", language.htmlLang());
            assertThat(page.locator("html")).hasAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        }
    }

    @Test
    void yiddishIsRightToLeftWithTheNavigationOnTheRight() {
        open(page, "?lang=yi");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        double navStart = menuEntries(page, "yi", "shared.layout.nav.label").first().boundingBox().x;
        double navEnd = menuEntries(page, "yi", "shared.layout.nav.label").last().boundingBox().x;
        assertThat(navStart).as("first menu entry lies right of the last").isGreaterThan(navEnd);
        assertAccessible(page);
    }

    @Test
    void theLanguageChoiceSurvivesNavigationAndANewVisit() {
        open(page, "?lang=fi");
        page.getByRole(AriaRole.CONTENTINFO).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(Translations.text("fi", "shared.layout.footer.staff.action")).setExact(true)).click();
        settle(page);
        assertThat(heading(page)).hasText(Translations.text("fi", "staff.login.title"));
        assertThat(page.locator("html")).hasAttribute("lang", "fi");

        open(page, "");
        assertThat(heading(page)).hasText(Translations.text("fi", "information.start.title"));
        open(page, "?lang=sv");
        assertThat(heading(page)).hasText(Translations.sv("information.start.title"));
    }

    @Test
    void theSwitcherListsEveryLanguageByItsOwnNameAndSwitchesByKeyboard() {
        open(page, "");
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Translations.sv("shared.layout.skip.action")))).isFocused();
        // The language menu's summary, as shown: "Språk: svenska".
        page.getByText(Translations.sv("shared.layout.language.label") + ": " + Language.SV.nativeName(),
                new Page.GetByTextOptions().setExact(true)).focus();
        page.keyboard().press("Enter");
        for (Language language : Language.values()) {
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(language.nativeName()).setExact(true))).hasText(language.nativeName());
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Language.SE.nativeName()).setExact(true)).focus();
        page.keyboard().press("Enter");
        page.waitForURL("**lang=se");
        settle(page);
        assertThat(heading(page)).hasText(Translations.text("se", "information.start.title"));
    }

    @Test
    void theSkipLinkMovesFocusToTheMainContent() {
        open(page, "");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.MAIN)).isFocused();
    }

    @Test
    void startAndLoginPagesHaveNoAxeViolations() {
        open(page, "");
        assertAccessible(page);
        open(page, "personal/login");
        assertAccessible(page);
        open(page, "?lang=yi");
        assertAccessible(page);
    }

    @Test
    void staffLogInAndAWrongPasswordIsRefused() {
        login(page, TestEnvironment.ADMIN_USERNAME, "not-the-password");
        assertThat(page.getByText(Translations.sv("staff.login.error.title"))).isVisible();
        assertAccessible(page);

        open(page, "personal");
        login(page, TestEnvironment.ADMIN_USERNAME, TestEnvironment.ADMIN_PASSWORD);
        page.waitForURL("**/personal**");
        settle(page);
        assertThat(heading(page)).hasText(Translations.sv("staff.home.title"));
        assertThat(page.getByText(Translations.sv("staff.role.admin.label"))).isVisible();
        assertAccessible(page);
    }

    @Test
    void theStaffAreaAsksForALogin() {
        open(page, "personal/anvandare");
        assertThat(heading(page)).hasText(Translations.sv("staff.login.title"));
    }
}
