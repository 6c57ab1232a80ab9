package se.medverka.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** Debian's chromium through Playwright, as every browser test here launches it (no download). */
public final class Chromium {

    private Chromium() {
    }

    /** A Playwright that never downloads browsers. Playwright objects belong to the thread that made them. */
    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Debian's full chromium: what a resident's browser is (the weight benchmark measures with it). */
    public static final Path FULL = Paths.get("/usr/bin/chromium");
    /**
     * Debian's {@code chromium-headless-shell}: the same engine without the browser's own interface,
     * what Playwright itself runs headless tests on; the browser tests took 14 % less time with it on
     * two cores (docs/architecture.md, "where the time goes").
     */
    public static final Path SHELL = Paths.get("/usr/lib/chromium/chromium-headless-shell");

    /** The browser for tests: {@code MEDVERKA_CHROMIUM} if set, else the headless shell, else the full chromium. */
    public static Browser launch(Playwright playwright) {
        String chosen = System.getenv("MEDVERKA_CHROMIUM");
        return launch(playwright, chosen != null ? Paths.get(chosen) : Files.isExecutable(SHELL) ? SHELL : FULL);
    }

    public static Browser launch(Playwright playwright, Path chromium, String... moreArgs) {
        List<String> args = new java.util.ArrayList<>(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"));
        args.addAll(List.of(moreArgs));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(args);
        if (Files.isExecutable(chromium)) {
            options.setExecutablePath(chromium);
        }
        return playwright.chromium().launch(options);
    }
}
