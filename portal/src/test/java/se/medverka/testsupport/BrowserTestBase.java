package se.medverka.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journeys in a real browser (Debian's chromium through Playwright) against the portal started on
 * a random port, in production mode, on the real PostgreSQL and GreenMail of the test run. Every
 * test, and every person it adds ({@link #newPerson()}, {@link #newScreen}), starts without cookies,
 * so in a session of its own; the browser's cache of the portal's scripts is kept between tests,
 * except for {@link #firstVisit()}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestBase {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static Playwright playwright;
    private static Browser browser;
    /**
     * Browser contexts that earlier tests of this JVM gave back, by the portal's address. A new one
     * fetches and compiles every script, style and font of the portal again (about 170 ms of
     * processor per context, for chromium and the portal together; docs/architecture.md); one given
     * back keeps only its cache.
     */
    private static final Map<String, Deque<BrowserContext>> GIVEN_BACK = new HashMap<>();

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    /** The browser contexts this test has taken from {@link #GIVEN_BACK} or made; given back after it. */
    private final List<BrowserContext> taken = new ArrayList<>();
    /** The contexts of {@link #firstVisit()}: closed after the test, as their cache is no longer empty. */
    private final List<BrowserContext> firstVisits = new ArrayList<>();

    private static synchronized Browser browser() {
        if (browser == null) {
            playwright = Chromium.playwright();
            browser = Chromium.launch(playwright);
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }

    @BeforeEach
    void openBrowser() {
        page = newScreen(1280, 900);
        context = page.context();
    }

    @AfterEach
    void closeBrowser() {
        List.copyOf(taken).forEach(this::giveBack);
        firstVisits.forEach(BrowserContext::close);
        firstVisits.clear();
    }

    /** A second, separate browser (another person, another session), given back with the test. */
    protected Page newPerson() {
        return newScreen(1280, 720);
    }

    /**
     * A page in a browser of its own with a window {@code width} × {@code height} px: no cookies, so
     * a session of its own, as a new visitor's. It may hold in its cache the portal's scripts and
     * styles from an earlier test, as a returning visitor's browser does; a test of a first visit
     * takes {@link #firstVisit()}.
     */
    protected Page newScreen(int width, int height) {
        BrowserContext browserContext = GIVEN_BACK.computeIfAbsent(address(), a -> new ArrayDeque<>()).poll();
        if (browserContext == null) {
            browserContext = newBrowserContext();
        }
        browserContext.clearCookies();
        taken.add(browserContext);
        Page p = browserContext.newPage();
        p.setViewportSize(width, height);
        return p;
    }

    /**
     * Done with {@code p}'s browser before the test ends: its pages close and its cookies go (the
     * person has left), and a later screen may take it.
     */
    protected void closeScreen(Page p) {
        giveBack(p.context());
    }

    /** A page in a browser that has never been to the portal (nothing in its cache), closed with the test. */
    protected Page firstVisit() {
        BrowserContext fresh = newBrowserContext();
        firstVisits.add(fresh);
        return fresh.newPage();
    }

    private void giveBack(BrowserContext browserContext) {
        if (!taken.remove(browserContext)) {
            throw new IllegalStateException("not a browser of this test, or given back already");
        }
        List.copyOf(browserContext.pages()).forEach(Page::close);
        browserContext.clearCookies();
        GIVEN_BACK.get(address()).push(browserContext);
    }

    private BrowserContext newBrowserContext() {
        BrowserContext browserContext = browser().newContext(new Browser.NewContextOptions().setBaseURL(address()));
        browserContext.setDefaultTimeout(20_000);
        return browserContext;
    }

    private String address() {
        return "http://localhost:" + port + "/";
    }

    /** Opens a path and waits until Vaadin has rendered it and has no request in flight. */
    protected void open(Page p, String path) {
        p.navigate(path);
        settle(p);
    }

    /** Waits until the Vaadin client is loaded and idle (also for tests that start their own portals). */
    public static void settle(Page p) {
        p.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /**
     * To {@code path} as the portal's own links go: the router's navigation, without a new page load.
     * The main heading must change, so that what a test looks at next is the new page.
     */
    protected static void goWithinThePortal(Page p, String path) {
        String before = heading(p).textContent();
        p.evaluate("path => { history.pushState(null, '', path); dispatchEvent(new PopStateEvent('popstate')); }", "/" + path);
        settle(p);
        assertThat(p.url()).endsWith("/" + path);
        PlaywrightAssertions.assertThat(heading(p)).not().hasText(before);
    }

    /** Logs in on the login page, or on the page the browser was sent to log in on. */
    protected void login(Page p, String username, String password) {
        if (!p.url().contains("personal")) {
            open(p, "personal/login");
        }
        p.getByLabel(labelOf("staff.login.username.label")).fill(username);
        p.getByLabel(labelOf("staff.login.password.label"), new Page.GetByLabelOptions().setExact(true)).fill(password);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(labelOf("staff.login.submit.action")).setExact(true)).click();
        p.waitForLoadState();
        settle(p);
    }

    /**
     * The page's main heading: the first of level 1, as a screen reader lists them (the login page
     * has a second, Vaadin's login form's own title).
     */
    protected static Locator heading(Page p) {
        return p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first();
    }

    /** The entries of the navigation landmark named by {@code labelKey} in {@code language}, in order. */
    protected static Locator menuEntries(Page p, String language, String labelKey) {
        return p.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(Translations.text(language, labelKey)))
                .getByRole(AriaRole.LISTITEM);
    }

    /** The staff menu's link with the (Swedish) text of {@code labelKey}. */
    protected static Locator staffMenuLink(Page p, String labelKey) {
        return p.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(Translations.sv("shared.staff.layout.nav.label")))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Translations.sv(labelKey)).setExact(true));
    }

    protected String labelOf(String key) {
        return Translations.sv(key);
    }

    /**
     * Presses Tab, as a person with only a keyboard does, until {@code target} (or something inside
     * it) has the focus; fails if it never gets it.
     */
    protected static void tabTo(Page p, Locator target) {
        for (int i = 0; i < 80; i++) {
            boolean focused = (Boolean) target.first().evaluate(
                    "el => el === document.activeElement || el.contains(document.activeElement)");
            if (focused) {
                return;
            }
            p.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + target);
    }

    /** axe-core finds no WCAG 2.1 A/AA violation on the page as it is now. */
    protected static void assertAccessible(Page p) {
        // A notification or overlay that is still fading in has blended colours; judge the page at rest.
        p.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
        // axe.run in the page itself ("legacy mode"): the default runs each frame apart and then joins
        // the results in a new browser context with axe injected once more, which took half of every
        // check (474 → 253 ms on two cores). Legacy mode leaves out only cross-origin iframes; the
        // portal has no iframes.
        AxeResults results = new AxeBuilder(p).withTags(WCAG_21_AA).setLegacyMode(true).analyze();
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " → " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations).as("axe violations on %s:\n%s", p.url(), report).isEmpty();
    }
}
