package se.medverka.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.medverka.shared.i18n.Language;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.TestEnvironment;
import se.medverka.testsupport.Translations;

/** The whole portal in ten languages: information pages, fallback, right to left, translators' files. */
class LanguagesJourneyIT extends BrowserTestBase {

    @Test
    void everyLanguageRendersTheStartPageTheComplaintFormAndAnInformationPageWithoutAxeViolations() {
        for (Language language : Language.values()) {
            open(page, "?lang=" + language.code());
            assertThat(heading(page)).hasText(Translations.text(language.code(), "information.start.title"));
            assertAccessible(page);
            open(page, "klagomal?lang=" + language.code());
            assertThat(heading(page)).hasText(Translations.text(language.code(), "complaint.form.title"));
            assertAccessible(page);
            open(page, "information/om-mr-programmet?lang=" + language.code());
            assertThat(page.locator("html")).hasAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            assertThat(page.getByRole(AriaRole.ARTICLE)).hasAttribute("lang", language.htmlLang());
            // The page is there in every language: no note says it is shown in another (a draft note may be).
            assertThat(page.getByRole(AriaRole.NOTE).filter(new Locator.FilterOptions()
                    .setHasNotText(Translations.text(language.code(), "information.page.draft.text")))).hasCount(0);
            assertAccessible(page);
        }
    }

    @Test
    void yiddishInformationIsRightToLeftWithTheNavigationOnTheRight() {
        open(page, "information?lang=yi");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(heading(page)).hasText(Translations.text("yi", "information.list.title"));
        assertThat(page.getByText("דאָ זענען 4 זײַטן.", new Page.GetByTextOptions().setExact(true))).isVisible();
        double first = menuEntries(page, "yi", "shared.layout.nav.label").first().boundingBox().x;
        double last = menuEntries(page, "yi", "shared.layout.nav.label").last().boundingBox().x;
        assertThat(first).as("first menu entry lies right of the last").isGreaterThan(last);
        assertAccessible(page);

        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LIST).getByRole(AriaRole.LINK).first().click();
        settle(page);
        // The "back" arrow points to the start side, which is the right in Yiddish.
        String arrow = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                        .setName(Translations.text("yi", "information.page.back.action")))
                .evaluate("e => getComputedStyle(e, '::before').content").toString();
        assertThat(arrow).contains("→");
    }

    @Test
    void aStaffPageInYiddishIsRightToLeftToo() {
        open(page, "personal");
        login(page, TestEnvironment.ADMIN_USERNAME, TestEnvironment.ADMIN_PASSWORD);
        open(page, "personal/information?lang=yi");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(heading(page)).hasText(Translations.text("yi", "information.admin.title"));
        double first = menuEntries(page, "yi", "shared.staff.layout.nav.label").first().boundingBox().x;
        double last = menuEntries(page, "yi", "shared.staff.layout.nav.label").last().boundingBox().x;
        assertThat(first).as("first staff menu entry lies right of the last").isGreaterThan(last);
        Locator grid = page.getByRole(AriaRole.GRID).or(page.getByRole(AriaRole.TREEGRID)).first();
        assertThat(grid.evaluate("g => getComputedStyle(g).direction")).isEqualTo("rtl");
        assertAccessible(page);
    }

    @Test
    void aPageMissingInMeankieliShowsTheFinnishVersionWithANotice() {
        open(page, "information/delta-i-en-dialog?lang=fit");
        assertThat(page.getByRole(AriaRole.NOTE)).hasText(
                Translations.text("fit", "information.page.fallback.text").replace("{0}", "meänkieli").replace("{1}", "suomi"));
        assertThat(page.getByRole(AriaRole.ARTICLE)).hasAttribute("lang", "fi");
        assertThat(heading(page)).hasText("Näin osallistut kansalaiskeskusteluun");
        assertThat(page.locator("html")).hasAttribute("lang", "fit");
        assertAccessible(page);
    }

    @Test
    void anExportedLanguageFileReimportedWithAChangedTextChangesTheTextShown() throws IOException {
        open(page, "personal");
        login(page, TestEnvironment.ADMIN_USERNAME, TestEnvironment.ADMIN_PASSWORD);
        open(page, "personal/oversattningar");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Translations.sv("information.translations.export.action"))).click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        String old = Translations.text("fi", "information.list.title");
        String row = "fi,ui,information.list.title," + Translations.sv("information.list.title") + "," + old + ",draft";
        assertThat(csv).contains(row);
        Path edited = Files.createTempFile("medverka-fi", ".csv");
        Files.writeString(edited, csv.replace(row, row.replace(old, "Oikeutesi – tarkistettu").replace(",draft", ",reviewed")));

        FileChooser chooser = page.waitForFileChooser(() ->
                page.getByText(Translations.sv("information.translations.upload.action")).click());
        chooser.setFiles(edited);
        assertThat(page.getByText(Translations.sv("information.translations.upload.done.text")
                .replace("{0}", edited.getFileName().toString()))).isVisible();
        page.getByText(Translations.sv("information.translations.import.action")).click();
        settle(page);
        assertThat(page.getByText(Translations.sv("information.translations.import.failed.message"))).hasCount(0);
        assertThat(page.getByText(Translations.sv("information.status.reviewed.label") + " ").first()).isVisible();

        open(page, "information?lang=fi");
        assertThat(heading(page)).hasText("Oikeutesi – tarkistettu");
        Files.deleteIfExists(edited);
    }
}
