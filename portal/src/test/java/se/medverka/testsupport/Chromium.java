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

    public static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run"));
        Path chromium = Paths.get(System.getenv().getOrDefault("MEDVERKA_CHROMIUM", "/usr/bin/chromium"));
        if (Files.isExecutable(chromium)) {
            options.setExecutablePath(chromium);
        }
        return playwright.chromium().launch(options);
    }
}
