package se.medverka.journeys.defects;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.Translations;

/**
 * What the defect checks of issue 20 share: a person's screen at a given width, in a given
 * language, and what they can read there (not ids or classes where a person sees something else).
 */
abstract class DefectTestBase extends BrowserTestBase {

    /** The languages every defect is checked in at least: Swedish, Finnish and Yiddish (right to left). */
    static final List<String> LANGUAGES = List.of("sv", "fi", "yi");
    /** A small phone and a desktop. */
    static final List<Integer> WIDTHS = List.of(320, 1280);

    static String t(String language, String key) {
        return Translations.text(language, key);
    }

    /** Runs {@code check} on a fresh screen of {@code width} px for every language and width asked for. */
    void onEveryScreen(List<String> languages, List<Integer> widths, BiConsumer<Page, String> check) {
        for (int width : widths) {
            for (String language : languages) {
                Page p = screen(width);
                try {
                    check.accept(p, language);
                } catch (AssertionError e) {
                    throw new AssertionError("at " + width + " px in " + language + ": " + e.getMessage(), e);
                } finally {
                    closeScreen(p);
                }
            }
        }
    }

    /** A browser of its own (its own session) with a window {@code width} px wide. */
    Page screen(int width) {
        return newScreen(width, 844);
    }

    /** The session cookies of each staff member's first sign-in in this test, by user name. */
    private final Map<String, List<Cookie>> signedIn = new HashMap<>();

    /**
     * Logs {@code p} in as staff in Swedish on a desktop-wide window and then gives it back its own
     * width: the staff pages are checked at every width, the login itself is another test's matter.
     * A member signs in once per test; a later screen of the same member gets that session's
     * cookies, as a browser that stayed signed in would have them.
     */
    void logInAsStaff(Page p, String username, String password) {
        List<Cookie> session = signedIn.get(username);
        if (session != null) {
            p.context().addCookies(session);
            return;
        }
        var size = p.viewportSize();
        p.setViewportSize(1280, 900);
        open(p, "personal/login?lang=sv");
        login(p, username, password);
        p.setViewportSize(size.width, size.height);
        signedIn.put(username, p.context().cookies());
    }

    /**
     * A literal text inside a regular expression that Playwright hands to the browser: escaped with
     * backslashes, which JavaScript understands too (Java's {@code \\Q…\\E} quoting it does not).
     */
    static String quote(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    /** How far the page can be scrolled sideways (0 when it fits the screen). */
    static int sidewaysScroll(Page p) {
        return ((Number) p.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .intValue();
    }
}
