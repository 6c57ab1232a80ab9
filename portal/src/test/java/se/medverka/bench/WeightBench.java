package se.medverka.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.medverka.testsupport.Chromium;

/**
 * The weight benchmark of {@code bench/weight.sh}: what a resident's phone downloads and how long it
 * waits, measured in headless chromium (Playwright) against a running production jar, with the
 * network throttled through the DevTools protocol ({@code Network.emulateNetworkConditions}: the
 * bandwidth both ways and a latency added to every request, as Chrome's own "3G" presets).
 *
 * <p>For every page and network: a <em>first visit</em> in a fresh browser profile (empty cache), then
 * a <em>repeat visit</em> in a new tab of the same profile (the cache and the session cookie kept), each
 * {@code runs} times; the table shows medians. Per visit: the bytes on the wire (DevTools'
 * {@code encodedDataLength}: compressed bodies plus headers; cached files count 0), the requests that
 * went to the network, and the time from the start of the navigation until the main heading
 * ({@code h1}) is visible and until the first text field, area, select, radio button or check box is
 * visible and enabled — the moment a person can type into it; it is then typed into (or ticked) to
 * prove that. An init script checks both on every animation frame, so the times do not depend on
 * how often Playwright polls.
 *
 * <p>Arguments {@code key=value}: {@code base} (the portal's address), {@code paths} (comma separated),
 * {@code runs} (5), {@code networks} ({@code none,fast3g,slow3g}), {@code out} (the table's file).
 */
public final class WeightBench {

    /** Chrome DevTools' presets, as the issue fixes them: bits per second, round trip in ms. */
    private record Network(String name, long bitsPerSecond, int latencyMs) {
        String label() {
            return bitsPerSecond < 0 ? "none" : String.format(Locale.ROOT, "%s (%s, %d ms)", name,
                    bitsPerSecond >= 1_000_000 ? bitsPerSecond / 1e6 + " Mbit/s" : bitsPerSecond / 1000 + " kbit/s", latencyMs);
        }
    }

    private static final Map<String, Network> NETWORKS = Map.of(
            "none", new Network("none", -1, 0),
            "fast3g", new Network("fast 3G", 1_600_000, 150),
            "slow3g", new Network("slow 3G", 400_000, 400));

    /** Records, on every animation frame, when the heading and the first input became visible and usable. */
    private static final String PROBE = """
            (() => {
              const w = window.__weight = {};
              const shown = e => {
                const r = e.getBoundingClientRect();
                if (r.width <= 0 || r.height <= 0) return false;
                for (let n = e; n && n.nodeType === 1; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
                  const s = getComputedStyle(n);
                  if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
                }
                return true;
              };
              const inputs = 'input:not([type=hidden]):not([type=submit]):not([type=button]), textarea, select';
              const check = () => {
                if (w.heading == null) {
                  const h = document.querySelector('h1');
                  if (h && h.textContent.trim() && shown(h)) w.heading = performance.now();
                }
                if (w.input == null) {
                  const i = [...document.querySelectorAll(inputs)].find(e => !e.disabled && !e.readOnly && shown(e));
                  if (i) { w.input = performance.now(); i.setAttribute('data-weight-first', ''); }
                }
                if (w.heading == null || w.input == null) requestAnimationFrame(check);
              };
              requestAnimationFrame(check);
            })();
            """;

    private record Visit(long bytes, int requests, Double headingMs, Double inputMs, Map<String, Long> files) {
    }

    private WeightBench() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        String base = options.getOrDefault("base", "http://127.0.0.1:8080").replaceAll("/$", "");
        List<String> paths = List.of(options.getOrDefault("paths", "/,/klagomal,/klagomal/status,/dialog,/barn").split(","));
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        List<String> networks = List.of(options.getOrDefault("networks", "none,fast3g,slow3g").split(","));
        Path out = Path.of(options.getOrDefault("out", "target/bench-weight.txt"));

        List<String> table = new ArrayList<>();
        List<String> details = new ArrayList<>();
        table.add("| page | network | first visit: KiB, requests | heading s | input usable s | repeat visit: KiB, requests | heading s | input usable s |");
        table.add("|---|---|---|---|---|---|---|---|");
        try (Playwright playwright = Chromium.playwright()) {
            // With TLS=1 the benchmark's own certificate is trusted by its key (as a real one would be: cached, no warning).
            String spki = options.get("spki");
            Browser browser = spki == null || spki.isBlank() ? Chromium.launch(playwright, Chromium.FULL)
                    : Chromium.launch(playwright, Chromium.FULL, "--ignore-certificate-errors-spki-list=" + spki);
            // One untimed visit so that the portal's first-request work (JIT, caches) is not measured.
            measureVisits(browser, base + "/", NETWORKS.get("none"), 1);
            table.add(0, "Protocol: " + protocol(browser, base + "/") + "\n");
            for (String networkName : networks) {
                Network network = NETWORKS.get(networkName);
                for (String path : paths) {
                    List<Visit[]> visits = measureVisits(browser, base + path, network, runs);
                    Visit[] first = visits.stream().map(v -> v[0]).toArray(Visit[]::new);
                    Visit[] repeat = visits.stream().map(v -> v[1]).toArray(Visit[]::new);
                    String row = String.format(Locale.ROOT, "| `%s` | %s | %s | %s | %s | %s | %s | %s |", path, network.label(),
                            weight(first), seconds(first, true), seconds(first, false),
                            weight(repeat), seconds(repeat, true), seconds(repeat, false));
                    table.add(row);
                    System.out.println("[weight] " + row + "   (load average " + loadAverage() + ")");
                    if (network.bitsPerSecond() < 0) {
                        details.add("first visit of " + path + ": " + files(first[0].files()));
                        details.add("repeat visit of " + path + ": " + files(repeat[0].files()));
                    }
                }
            }
        }
        List<String> all = new ArrayList<>(table);
        all.add("");
        all.add("Files of one visit (no throttling), KiB on the wire:");
        details.forEach(d -> all.add("- " + d));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, all);
        System.out.println(String.join("\n", all));
    }

    /** The protocol the browser spoke to the portal ({@code http/1.1}, or {@code h2} over TLS). */
    private static String protocol(Browser browser, String url) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setIgnoreHTTPSErrors(url.startsWith("https:")))) {
            Page page = context.newPage();
            page.navigate(url);
            return String.valueOf(page.evaluate("() => performance.getEntriesByType('navigation')[0].nextHopProtocol"));
        }
    }

    /** {@code runs} pairs of a first visit (fresh profile) and a repeat visit (new tab, same profile). */
    private static List<Visit[]> measureVisits(Browser browser, String url, Network network, int runs) {
        List<Visit[]> visits = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2)
                    .setLocale("sv-SE").setIgnoreHTTPSErrors(url.startsWith("https:")))) {
                context.setDefaultTimeout(90_000);
                context.addInitScript(PROBE);
                Visit first = visit(context, url, network);
                Visit repeat = visit(context, url, network);
                visits.add(new Visit[] {first, repeat});
            }
        }
        return visits;
    }

    private static Visit visit(BrowserContext context, String url, Network network) {
        Page page = context.newPage();
        CDPSession cdp = context.newCDPSession(page);
        cdp.send("Network.enable");
        if (network.bitsPerSecond() > 0) {
            JsonObject conditions = new JsonObject();
            conditions.addProperty("offline", false);
            conditions.addProperty("latency", network.latencyMs());
            conditions.addProperty("downloadThroughput", network.bitsPerSecond() / 8.0);
            conditions.addProperty("uploadThroughput", network.bitsPerSecond() / 8.0);
            cdp.send("Network.emulateNetworkConditions", conditions);
        }
        Map<String, String> urls = new ConcurrentHashMap<>();
        Map<String, Long> files = new ConcurrentHashMap<>();
        cdp.on("Network.requestWillBeSent", e -> urls.put(e.get("requestId").getAsString(),
                e.getAsJsonObject("request").get("url").getAsString()));
        cdp.on("Network.loadingFinished", e -> {
            long bytes = (long) e.get("encodedDataLength").getAsDouble();
            String file = urls.getOrDefault(e.get("requestId").getAsString(), "?");
            // data: addresses (Lumo's icon font inside lumo.css) are decoded in the browser, not fetched.
            if (bytes > 0 && !file.startsWith("data:")) {
                files.merge(shortName(file), bytes, Long::sum);
            }
        });
        page.navigate(url);
        page.waitForFunction("() => window.__weight && window.__weight.heading != null");
        boolean hasInput = page.locator("input:not([type=hidden]), textarea, select").count() > 0;
        if (hasInput) {
            page.waitForFunction("() => window.__weight.input != null");
            // Usable means a person can use it now: type into it or tick it, and see it take effect.
            var input = page.locator("[data-weight-first]");
            String type = input.evaluate("e => e.type || e.tagName").toString();
            if (type.equals("radio") || type.equals("checkbox")) {
                input.check();
            } else if (!type.equalsIgnoreCase("select-one") && !type.equalsIgnoreCase("SELECT")) {
                input.pressSequentially("a");
                if (!input.inputValue().endsWith("a")) {
                    throw new IllegalStateException("the first input of " + url + " did not take what was typed");
                }
            }
        }
        page.waitForLoadState(LoadState.NETWORKIDLE);
        @SuppressWarnings("unchecked")
        Map<String, Object> times = (Map<String, Object>) page.evaluate("() => window.__weight");
        page.close();
        long bytes = files.values().stream().mapToLong(Long::longValue).sum();
        return new Visit(bytes, files.size(), number(times.get("heading")),
                hasInput ? number(times.get("input")) : null, new LinkedHashMap<>(files));
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** The path without the host, query strings shortened (the UIDL requests differ only by them). */
    private static String shortName(String url) {
        String path = url.replaceFirst("^https?://[^/]+", "");
        int q = path.indexOf('?');
        String name = q < 0 ? path : path.substring(0, q) + "?" + path.substring(q + 1).replaceAll("&.*", "");
        // Several requests to the same address (UIDL) are told apart so that each counts.
        return name + "#" + Integer.toHexString(System.identityHashCode(new Object()));
    }

    private static String weight(Visit[] visits) {
        double[] kib = Arrays.stream(visits).mapToDouble(v -> v.bytes() / 1024.0).sorted().toArray();
        double[] requests = Arrays.stream(visits).mapToDouble(Visit::requests).sorted().toArray();
        return String.format(Locale.ROOT, "%.0f KiB, %.0f", kib[kib.length / 2], requests[requests.length / 2]);
    }

    private static String seconds(Visit[] visits, boolean heading) {
        double[] ms = Arrays.stream(visits).map(v -> heading ? v.headingMs() : v.inputMs())
                .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).sorted().toArray();
        return ms.length == 0 ? "–" : String.format(Locale.ROOT, "%.2f", ms[ms.length / 2] / 1000);
    }

    private static String files(Map<String, Long> files) {
        Map<String, Long> merged = new LinkedHashMap<>();
        files.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> merged.merge(e.getKey().replaceAll("#.*", ""), e.getValue(), Long::sum));
        StringBuilder text = new StringBuilder();
        merged.forEach((name, bytes) -> text.append(String.format(Locale.ROOT, "%s %.1f; ", name, bytes / 1024.0)));
        return files.size() + " requests: " + text;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
