package se.medverka.staff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.medverka.audit.AuditLog;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.security.StaffRole;
import se.medverka.staff.internal.TestIdentityProvider;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.TestEnvironment;
import se.medverka.testsupport.Translations;

/**
 * Staff sign in through a real OpenID Connect provider (Spring Authorization Server, in-process on a
 * port of its own) in chromium: its login page, its ID token with groups and amr, back to the portal.
 */
class ProviderSignInIT extends BrowserTestBase {

    private static final String PASSWORD = "provider-password-1";
    private static final String ADMINS = "it-medverka-admins";
    private static final String HANDLERS = "it-handlers-sdn-a";
    private static final String OTHER_HANDLERS = "it-handlers-sdn-b";
    private static final String MODERATORS = "it-moderators-sdn-a";

    static final TestIdentityProvider PROVIDER = TestIdentityProvider.start(0)
            .person("oidc.handler", PASSWORD, "Hanna Handläggare", true, HANDLERS, "some-unmapped-group")
            .person("oidc.moderator", PASSWORD, "Mo Moderator", true, MODERATORS)
            .person("oidc.admin", PASSWORD, "Ada Administratör", true, ADMINS)
            .person("oidc.nobody", PASSWORD, "Nils Ingen", true, "some-unmapped-group")
            .person("oidc.leaver", PASSWORD, "Lea Lämnar", true, HANDLERS)
            .person("oidc.mover", PASSWORD, "Max Flyttar", true, HANDLERS)
            .person("oidc.deactivated", PASSWORD, "Dag Avstängd", true, HANDLERS)
            .person("oidc.nomfa", PASSWORD, "Ola Utanfaktor", false, HANDLERS);

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("medverka.oidc.issuer", PROVIDER::issuer);
        registry.add("medverka.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add("medverka.oidc.client-secret", PROVIDER::clientSecret);
        registry.add("medverka.oidc.scopes", () -> "openid");
        registry.add("medverka.oidc.acr-values", () -> "mfa");
        registry.add("medverka.oidc.required-amr", () -> "mfa");
        registry.add("medverka.oidc.admin-group", () -> ADMINS);
        registry.add("spring.datasource.url", ProviderSignInIT::database);
    }

    private static String database;

    /**
     * A database of this class's own. With the provider the first administrators are its admin
     * group's members, so no local administrator is made; in the fork's shared database the test
     * administrator would then never be created for the classes after this one, which sign in as
     * it (they failed when this class happened to be the first of its fork to start the portal).
     */
    private static synchronized String database() {
        if (database == null) {
            database = TestEnvironment.databaseOfItsOwn("provider");
        }
        return database;
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Autowired GroupMappings mappings;
    @Autowired RoutingRegister register;
    @Autowired AuditLog audit;
    @Autowired se.medverka.testsupport.AuditTrail auditTrail;
    @Autowired StaffAccounts accounts;

    private long committeeA;
    private long committeeB;

    @BeforeEach
    void mappings() {
        PROVIDER.allowPortal("http://localhost:" + port);
        committeeA = register.committees().get(0).id();
        committeeB = register.committees().get(1).id();
        StaffFixtures.asAdmin(() -> {
            if (mappings.mappings().stream().noneMatch(m -> m.group().equals(HANDLERS))) {
                mappings.add(HANDLERS, StaffRole.HANDLER, committeeA);
                mappings.add(OTHER_HANDLERS, StaffRole.HANDLER, committeeB);
                mappings.add(MODERATORS, StaffRole.MODERATOR, committeeA);
            }
            return null;
        });
    }

    @Test
    void aHandlerSignsInThroughTheProviderAndSeesExactlyTheirCommittee() {
        signIn(page, "oidc.handler");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Translations.sv("staff.home.title"));
        assertThat(roles(page)).hasText(new String[] {
                Translations.sv("staff.role.handler.label") + " – " + committeeName(committeeA)});
        assertThat(page.getByText("oidc.handler")).isVisible();
        assertThat(auditTrail.forSubject("staff_user", "oidc.handler")).extracting(AuditLog.Entry::action)
                .contains("USER_CREATED_FROM_PROVIDER", "LOGIN_PROVIDER");
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheProvider() {
        signIn(page, "oidc.handler");
        assertThat(roles(page)).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Translations.sv("shared.staff.layout.logout.action"))).click();
        // RP-initiated logout: the provider's end_session endpoint, then back to the portal's start.
        try {
            page.waitForURL(url -> url.startsWith("http://localhost:" + port + "/") && !url.contains("/personal"));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("after sign-out at " + page.url() + ": " + page.locator("body").innerText(), e);
        }
        settle(page);
        open(page, "personal");
        assertThat(page).hasURL(Pattern.compile(".*/personal/login.*"));
        startSignIn(page);
        // Had only the portal's session ended, the provider would send the browser straight back
        // signed in; its login page shows because its session ended too.
        assertThat(page).hasURL(Pattern.compile("http://127\\.0\\.0\\.1:\\d+/login.*"));
        assertThat(page.getByLabel("Password")).isVisible();
        providerLogin(page, "oidc.handler");
        settle(page);
        assertThat(roles(page)).hasCount(1);
        assertThat(auditTrail.forSubject("staff_user", "oidc.handler")).extracting(AuditLog.Entry::action)
                .contains("LOGOUT");
    }

    @Test
    void aModeratorSignsInAndModeratesTheirCommittee() {
        signIn(page, "oidc.moderator");
        assertThat(roles(page)).hasText(new String[] {
                Translations.sv("staff.role.moderator.label") + " – " + committeeName(committeeA)});
    }

    @Test
    void someoneWithoutAMappedGroupIsRefusedWithATranslatedMessage() {
        signIn(page, "oidc.nobody");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(Translations.sv("staff.login.error.norole"));
        assertThat(page).hasURL(Pattern.compile(".*/personal/login\\?error=norole"));
        assertAccessible(page);
        open(page, "personal/login?error=norole&lang=yi");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(Translations.text("yi", "staff.login.error.norole"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertAccessible(page);
        assertThat(StaffFixtures.asAdmin(() -> accounts.exists("oidc.nobody"))).isFalse();
        assertThat(auditTrail.forSubject("staff_user", "oidc.nobody")).extracting(AuditLog.Entry::detail)
                .contains("provider:norole");
    }

    @Test
    void aTokenWithoutMultiFactorIsRefused() {
        signIn(page, "oidc.nomfa");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(Translations.sv("staff.login.error.mfa"));
        assertThat(page).hasURL(Pattern.compile(".*/personal/login\\?error=mfa"));
        open(page, "personal/login?error=mfa&lang=yi");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(Translations.text("yi", "staff.login.error.mfa"));
        assertAccessible(page);
        // Refused and audited; no account is made for a sign-in without the second factor.
        assertThat(auditTrail.forSubject("staff_user", "oidc.nomfa")).extracting(AuditLog.Entry::action, AuditLog.Entry::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("LOGIN_REFUSED", "provider:mfa"));
        assertThat(StaffFixtures.asAdmin(() -> accounts.exists("oidc.nomfa"))).isFalse();
    }

    @Test
    void theSignInPageOffersTheCityAccountAndPassesAxeInSwedishAndYiddish() {
        open(page, "personal/login");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Translations.sv("staff.login.provider.action")))).isVisible();
        // With the city's provider configured no local password opens the staff area.
        assertThat(page.getByLabel(Translations.sv("staff.login.password.label"))).hasCount(0);
        assertAccessible(page);
        open(page, "personal/login?lang=yi");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Translations.text("yi", "staff.login.provider.action")))).isVisible();
        assertAccessible(page);
    }

    @Test
    void aRemovedGroupMeansNoAccessAtTheNextSignIn() {
        signIn(page, "oidc.leaver");
        assertThat(roles(page)).hasCount(1);
        PROVIDER.groups("oidc.leaver", "some-unmapped-group");
        Page later = newPerson();
        signIn(later, "oidc.leaver");
        assertThat(later.getByRole(AriaRole.ALERT)).hasText(Translations.sv("staff.login.error.norole"));
        open(later, "personal");
        assertThat(later).hasURL(Pattern.compile(".*/personal/login.*"));
        // Refused, its roles are gone: the session still open in the first browser ends too.
        open(page, "personal");
        assertThat(page).hasURL(Pattern.compile(".*/personal/login.*"));
    }

    @Test
    void anAdministratorMapsAGroupInTheStaffAreaAuditedAndTheFormPassesAxe() {
        signIn(page, "oidc.admin");
        open(page, "personal/grupper");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Translations.sv("staff.groups.title"));
        assertThat(page.getByText(ADMINS, new Page.GetByTextOptions().setExact(true))).isVisible();
        page.getByLabel(Translations.sv("staff.groups.form.group.label")).fill("it-ui-group");
        page.getByLabel(Translations.sv("staff.groups.form.role.label"), new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Translations.sv("staff.role.admin.label"))).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Translations.sv("staff.groups.form.add.action"))).click();
        settle(page);
        assertThat(page.getByText("it-ui-group", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(auditTrail.forSubject("staff_group", "it-ui-group")).extracting(AuditLog.Entry::action, AuditLog.Entry::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("GROUP_MAPPING_ADDED", "oidc.admin"));
        assertAccessible(page);
        open(page, "personal/grupper?lang=yi");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(Translations.text("yi", "staff.groups.title"));
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Translations.text("yi", "staff.groups.grid.remove.label").replace("{0}", "it-ui-group"))).click();
        settle(page);
        // The grid keeps the removed row's element for reuse; it is no longer shown.
        assertThat(page.getByText("it-ui-group", new Page.GetByTextOptions().setExact(true))).isHidden();
        assertThat(auditTrail.forSubject("staff_group", "it-ui-group")).extracting(AuditLog.Entry::action)
                .contains("GROUP_MAPPING_REMOVED");
    }

    @Test
    void whenTheRolesChangeTheSessionOpenInAnotherBrowserEnds() {
        Page first = newPerson();
        signIn(first, "oidc.mover");
        assertThat(roles(first)).hasText(new String[] {
                Translations.sv("staff.role.handler.label") + " – " + committeeName(committeeA)});
        PROVIDER.groups("oidc.mover", OTHER_HANDLERS);
        signIn(page, "oidc.mover");
        assertThat(roles(page)).hasText(new String[] {
                Translations.sv("staff.role.handler.label") + " – " + committeeName(committeeB)});
        open(first, "personal");
        assertThat(first).hasURL(Pattern.compile(".*/personal/login.*"));
        open(page, "personal");
        assertThat(roles(page)).hasCount(1);
    }

    @Test
    void aDeactivatedAccountsOpenSessionStopsWorkingAndItCannotSignInAgain() {
        Page theirs = newPerson();
        signIn(theirs, "oidc.deactivated");
        assertThat(roles(theirs)).hasCount(1);
        signIn(page, "oidc.admin");
        open(page, "personal/anvandare");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Translations.sv("staff.users.grid.deactivate.label").replace("{0}", "oidc.deactivated"))).click();
        settle(page);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Translations.sv("staff.users.grid.activate.label").replace("{0}", "oidc.deactivated")))).isVisible();
        open(theirs, "personal");
        assertThat(theirs).hasURL(Pattern.compile(".*/personal/login.*"));
        signIn(theirs, "oidc.deactivated");
        assertThat(theirs.getByRole(AriaRole.ALERT)).hasText(Translations.sv("staff.login.error.deactivated"));
        assertThat(auditTrail.forSubject("staff_user", "oidc.deactivated")).extracting(AuditLog.Entry::action, AuditLog.Entry::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("USER_DEACTIVATED", "oidc.admin"));
    }

    private String committeeName(long id) {
        return register.committee(id).orElseThrow().name();
    }

    /**
     * Signs in: "Logga in med ditt konto i staden", then the provider's own login page (unless the
     * browser still has a session there, as after a sign-in refused by the portal).
     */
    private void signIn(Page p, String username) {
        startSignIn(p);
        if (p.url().contains("127.0.0.1")) {
            providerLogin(p, username);
        }
        settle(p);
    }

    private void startSignIn(Page p) {
        open(p, "personal/login");
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Translations.sv("staff.login.provider.action"))).click();
        p.waitForURL(url -> url.startsWith("http://127.0.0.1:") && url.contains("/login")
                || url.startsWith("http://localhost:" + port + "/personal"));
    }

    private void providerLogin(Page p, String username) {
        p.getByLabel("Username").fill(username);
        p.getByLabel("Password").fill(PASSWORD);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        p.waitForURL(url -> url.startsWith("http://localhost:" + port + "/personal"));
    }



    /** The roles the staff start page lists, in the list named by the sentence above it. */
    private static Locator roles(Page p) {
        return p.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName(Translations.sv("staff.home.intro")))
                .getByRole(AriaRole.LISTITEM);
    }
}
