package se.medverka.staff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import se.medverka.audit.AuditLog;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.AuditTrail;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.Translations;

/**
 * The break-glass administrator in chromium, as in production (no provider, second factor and
 * first-sign-in password change on): the administrator's password, the TOTP enrolment shown once
 * (QR and text), a code computed here with the same library an authenticator app uses, the person's
 * own password; then a later sign-in with password and code; the administrators' list of local
 * sign-ins. axe in Swedish and Yiddish on each new page.
 */
@TestPropertySource(properties = {"medverka.staff.local.second-factor=true", "medverka.staff.local.password-change=true"})
class BreakGlassSignInIT extends BrowserTestBase {

    private static final String FIRST_PASSWORD = "chosen-by-another-admin";
    private static final String OWN_PASSWORD = "a sentence only I know";

    @Autowired StaffAccounts accounts;
    @Autowired AuditTrail auditTrail;

    @Test
    void theBreakGlassAdministratorEnrolsTheSecondFactorSetsTheirPasswordAndSignsInWithACode() throws Exception {
        String name = "breakglass-" + System.nanoTime() % 100_000;
        StaffFixtures.asAdmin(() -> accounts.grant(accounts.create(name, "Nöd Admin", null, FIRST_PASSWORD).id(), StaffRole.ADMIN, null));

        login(page, name, FIRST_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Translations.sv("staff.login.code.title"));
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Translations.sv("staff.login.enrol.qr.label"))))
                .isVisible();
        // (Playwright hands the pattern to JavaScript: no \\Q…\\E quoting; the label has no special characters.)
        String secretLabel = Translations.sv("staff.login.enrol.secret.label") + ": ";
        String secret = page.getByText(Pattern.compile("^" + secretLabel.strip())).innerText()
                .substring(secretLabel.length()).strip();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertAccessible(page);
        open(page, "personal/login/kod?lang=yi");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Translations.text("yi", "staff.login.code.title"));
        assertAccessible(page);
        open(page, "personal/login/kod?lang=sv");

        // A wrong code is refused with a translated message; the right one goes on to the own password.
        page.getByLabel(Translations.sv("staff.login.code.label")).fill(wrong(code(secret, 0)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("staff.login.enrol.confirm.action"))).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(Translations.sv("staff.login.code.error.wrong"));
        page.getByLabel(Translations.sv("staff.login.code.label")).fill(code(secret, 0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("staff.login.enrol.confirm.action"))).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                .hasText(Translations.sv("staff.password.first.title"));
        assertAccessible(page);
        page.getByLabel(Translations.sv("staff.password.new.label")).fill(OWN_PASSWORD);
        page.getByLabel(Translations.sv("staff.password.repeat.label")).fill(OWN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("staff.password.save.action"))).click();
        page.waitForURL(url -> url.endsWith("/personal"));
        settle(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Translations.sv("staff.home.title"));

        // Signed out, the next sign-in takes the own password and a fresh code (the one used is spent).
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("shared.staff.layout.logout.action"))).click();
        page.waitForURL(url -> !url.contains("/personal"));
        open(page, "personal/login");
        login(page, name, OWN_PASSWORD);
        assertThat(page.getByLabel(Translations.sv("staff.login.code.label"))).isVisible();
        assertAccessible(page);
        page.getByLabel(Translations.sv("staff.login.code.label")).fill(code(secret, 1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("staff.login.code.action"))).click();
        page.waitForURL(url -> url.endsWith("/personal"));
        settle(page);

        // Administrators see the local sign-ins.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Translations.sv("staff.signins.nav.label"))).click();
        settle(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Translations.sv("staff.signins.title"));
        assertThat(page.getByText(Translations.sv("staff.signins.action.totp_enrolled"))).isVisible();
        assertAccessible(page);
        open(page, "personal/anvandare/inloggningar?lang=yi");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Translations.text("yi", "staff.signins.title"));
        assertAccessible(page);

        // The self-service password page, reachable from the start page for a local account.
        open(page, "personal?lang=sv");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Translations.sv("staff.home.password.action"))).click();
        settle(page);
        assertThat(page.getByLabel(Translations.sv("staff.password.current.label"))).isVisible();
        assertAccessible(page);
        page.getByLabel(Translations.sv("staff.password.current.label")).fill(OWN_PASSWORD);
        page.getByLabel(Translations.sv("staff.password.new.label")).fill("another sentence only I know");
        page.getByLabel(Translations.sv("staff.password.repeat.label")).fill("another sentence only I know");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("staff.password.save.action"))).click();
        assertThat(page.getByText(Translations.sv("staff.password.changed.message"))).isVisible();

        assertThat(auditTrail.forSubject("staff_user", name)).extracting(AuditLog.Entry::action)
                .contains("TOTP_ENROLLED", "PASSWORD_CHANGED", "LOGIN", "LOGIN_FAILED", "LOGOUT");
        assertThat(auditTrail.forSubject("staff_user", name)).extracting(AuditLog.Entry::detail)
                .contains("first sign-in", "self-service");
    }

    @Test
    void wrongPasswordsFromOneConnectionAreThrottledWithATranslatedMessageNeverALock() {
        String name = "throttled-" + System.nanoTime() % 100_000;
        StaffFixtures.asAdmin(() -> accounts.create(name, "Strypt", null, FIRST_PASSWORD));
        for (int i = 0; i < 5; i++) {
            login(page, name, "not-the-password-" + i);
            assertThat(page).hasURL(Pattern.compile(".*/personal/login\\?error"));
        }
        // Even the right password waits now, from this connection only (LocalSignInTest: another one signs in).
        login(page, name, FIRST_PASSWORD);
        String sv = Translations.sv("staff.login.error.throttled");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText(sv.substring(0, sv.indexOf("{0}")));
        assertAccessible(page);
        open(page, "personal/login?error&lang=yi");
        String yi = Translations.text("yi", "staff.login.error.throttled");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText(yi.substring(0, yi.indexOf("{0}")));
        assertAccessible(page);
        assertThat(auditTrail.forSubject("staff_user", name)).extracting(AuditLog.Entry::action)
                .contains("LOGIN_FAILED", "LOGIN_THROTTLED")
                .doesNotContain("LOGIN");
    }

    private static String code(String secret, int offset) throws Exception {
        return new DefaultCodeGenerator().generate(secret, Math.floorDiv(Instant.now().getEpochSecond(), 30) + offset);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
