package se.medverka.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load driver of {@code bench/load.sh}: simulated residents that speak Vaadin Flow's HTTP protocol
 * to a running portal, as its browser client does — the page ({@code GET /route}) with the UI's first
 * state and security key in it (or, where the portal does not send it with the page, the UI's start
 * {@code GET ?v-r=init} and the client-side navigation that renders the view, {@code ui-navigate}),
 * property syncs and clicks ({@code POST ?v-r=uidl}) and heartbeats
 * ({@code POST ?v-r=heartbeat}). Static resources are left out: a browser caches them and they hold
 * no session state. The script runs it from the compiled test classes with the test class path
 * ({@code LoadDriver <mode> key=value…}).
 *
 * <p>Modes: {@code memory} (live heap per idle session on the start page, and how many one heap
 * holds), {@code latency} (complaint submissions by concurrent residents), {@code expiry} (idle and
 * closed tabs are freed). Each resident comes from an address of its own in {@code X-Forwarded-For},
 * as behind the city's proxy: the portal trusts that header from loopback, so its per-address limits
 * count every resident apart — at their defaults.
 */
public final class LoadDriver {

    private static final Pattern CASE_NUMBER = Pattern.compile("MV-\\d{4}-\\d{6}");
    private static final Pattern COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)");
    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":200,\"event.clientY\":600,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":700,\"event.screenX\":200}";
    /** What the browser client sends with the UI's start; values of an ordinary laptop in Stockholm. */
    private static final String BROWSER_DETAILS = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1280&v-bh=960&v-bw=1280"
            + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FStockholm&v-td=false&v-pr=1&v-np=Linux";

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    /** How the last page was opened, for the report: with its first state, or with init and navigation. */
    private static final java.util.concurrent.atomic.AtomicReference<String> HOW_OPENED =
            new java.util.concurrent.atomic.AtomicReference<>("page");

    private static String nextAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Map<String, String> options;
    private final BenchReport report = new BenchReport();
    private final String language;

    private LoadDriver(Map<String, String> options) {
        this.options = options;
        this.base = option("base", "http://127.0.0.1:8091");
        // Optional: without it the residents have no language cookie (Swedish, the default).
        this.language = options.get("lang");
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: LoadDriver memory|latency|expiry key=value…");
        }
        Map<String, String> options = new HashMap<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        LoadDriver driver = new LoadDriver(options);
        switch (args[0]) {
            case "memory" -> driver.memory();
            case "latency" -> driver.latency();
            case "expiry" -> driver.expiry();
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
        driver.report.write(Path.of(driver.option("out", "bench-load-" + args[0] + ".txt")));
    }

    // ---- modes ---------------------------------------------------------------------------------------

    /**
     * Opens idle sessions on the start page and keeps them alive with heartbeats, like open tabs; the
     * live heap (after a full GC) with them minus without, per session. Then, if {@code hold} is
     * larger, goes on opening sessions up to it, to see that the heap really holds them.
     */
    private void memory() throws Exception {
        int sessions = intOption("sessions", 2000);
        int hold = intOption("hold", 0);
        long pid = Long.parseLong(option("pid", null));
        long maxHeap = 1L << 30;
        AtomicBoolean stop = new AtomicBoolean();
        List<Resident> open = new ArrayList<>();
        open.addAll(openIdle(intOption("warmup", 300), stop));
        // histograms=prefix: both class histograms kept (prefix-before.txt, prefix-with.txt), to see what a session holds.
        String histograms = option("histograms", null);
        String beforeHistogram = classHistogram(pid);
        long before = total(beforeHistogram);
        report.line("live heap after full GC, %d warm-up sessions open: %.1f MiB", open.size(), before / 1048576.0);

        long t = System.nanoTime();
        open.addAll(openIdle(sessions, stop));
        double seconds = (System.nanoTime() - t) / 1e9;
        String withHistogram = classHistogram(pid);
        long with = total(withHistogram);
        if (histograms != null) {
            Files.writeString(Path.of(histograms + "-before.txt"), beforeHistogram);
            Files.writeString(Path.of(histograms + "-with.txt"), withHistogram);
        }
        double perSession = (with - before) / (double) sessions;
        report.line("opened %d idle sessions on the start page in %.1f s (%.0f/s, " + HOW_OPENED.get() + " each)",
                sessions, seconds, sessions / seconds);
        report.line("live heap after full GC with them: %.1f MiB", with / 1048576.0);
        report.line("live heap per idle anonymous session on the start page (language %s): %.1f KiB",
                language == null ? "sv, default" : language, perSession / 1024);
        report.line("estimate, sessions in a 1 GiB heap: (1024 MiB - %.1f MiB) / %.1f KiB = %,d",
                before / 1048576.0, perSession / 1024, (long) ((maxHeap - before) / perSession));

        if (hold > open.size()) {
            t = System.nanoTime();
            open.addAll(openIdle(hold - open.size(), stop));
            long held = liveHeap(pid);
            double ms = timed(() -> new Resident().openPage(""));
            report.line("held %,d sessions (opened in %.0f s, kept alive by heartbeats): live heap %.1f MiB of 1024 MiB, "
                    + "%.1f KiB per session; a new start page still opens in %.0f ms", open.size(),
                    (System.nanoTime() - t) / 1e9, held / 1048576.0, (held - before) / 1024.0 / (open.size() - intOption("warmup", 300)), ms);
        }
        stop.set(true);
    }

    /**
     * Residents who open the complaint form, fill it in, wait at least the portal's minimum fill time
     * (as a person would; a faster sending is refused as automated) and send it, then the next
     * resident takes their place. Times the page opening, the field changes and the sending.
     */
    private void latency() throws Exception {
        int users = intOption("users", 200);
        Duration warmup = Duration.ofSeconds(intOption("warmup", 45));
        Duration duration = Duration.ofSeconds(intOption("duration", 120));
        long thinkMs = intOption("think-ms", 20_000);
        long thinkJitterMs = intOption("think-jitter-ms", 20_000);
        boolean anonymous = "ANONYMOUS".equals(option("anonymity", "PIN"));
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        Queue<Double> opens = new ConcurrentLinkedQueue<>();
        Queue<Double> fills = new ConcurrentLinkedQueue<>();
        Queue<Double> submits = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        long pid = Long.parseLong(option("pid", "0"));
        long[] cpu = new long[4];
        Thread cpuWatch = Thread.ofVirtual().start(() -> {
            sleep((measureFrom - System.nanoTime()) / 1_000_000);
            cpu[0] = cpuMillis(pid);
            cpu[1] = cpuMillis(ProcessHandle.current().pid());
            sleep((end - System.nanoTime()) / 1_000_000);
            cpu[2] = cpuMillis(pid);
            cpu[3] = cpuMillis(ProcessHandle.current().pid());
        });
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                threads.submit(() -> {
                    // Residents arrive spread out over one fill time, not all in the same millisecond.
                    sleep(ThreadLocalRandom.current().nextLong(thinkMs + thinkJitterMs));
                    while (System.nanoTime() < end) {
                        boolean measured = System.nanoTime() >= measureFrom;
                        try {
                            Resident r = new Resident();
                            long t0 = System.nanoTime();
                            Map<Integer, Node> form = r.openPage("klagomal");
                            double open = (System.nanoTime() - t0) / 1e6;
                            long think = thinkMs + ThreadLocalRandom.current().nextLong(thinkJitterMs + 1);
                            sleep(think / 2);
                            List<String> rpc = new ArrayList<>();
                            rpc.add(mSync(byId(form, "complaint-concerns").firstChild(form).value(), byId(form, "complaint-concerns")));
                            rpc.add(mSync("Personalen i receptionen lyssnade inte och bad mig gå därifrån. Load test "
                                    + ThreadLocalRandom.current().nextInt(1_000_000), byId(form, "complaint-what")));
                            if (anonymous) {
                                rpc.add(mSync(byId(form, "complaint-anonymity").firstChild(form).value(), byId(form, "complaint-anonymity")));
                            }
                            long t1 = System.nanoTime();
                            r.uidl(rpc);
                            double fill = (System.nanoTime() - t1) / 1e6;
                            sleep(think - think / 2);
                            long t2 = System.nanoTime();
                            String answer = r.uidl(List.of("{\"type\":\"event\",\"node\":" + byId(form, "complaint-send").id
                                    + ",\"event\":\"click\",\"data\":" + CLICK_DATA + "}")).text();
                            double submit = (System.nanoTime() - t2) / 1e6;
                            if (!CASE_NUMBER.matcher(answer).find()) {
                                throw new IllegalStateException("no case number in the answer: "
                                        + answer.substring(0, Math.min(300, answer.length())));
                            }
                            if (measured && System.nanoTime() < end) {
                                opens.add(open);
                                fills.add(fill);
                                submits.add(submit);
                                sent.incrementAndGet();
                            }
                        } catch (Exception e) {
                            if (measured) {
                                String kind = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage())
                                        .substring(0, Math.min(120, String.valueOf(e.getMessage()).length()));
                                if (errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet() == 1) {
                                    System.err.println("[bench] first error of its kind: " + e);
                                }
                            }
                        }
                    }
                    return null;
                });
            }
        }
        report.line("%d concurrent residents, each: open /klagomal, choose what it concerns and write what happened, "
                + "send after %d-%d ms (the portal refuses under 3 s), then the next resident; anonymity %s; "
                + "%d s warm-up, %d s measured", users, thinkMs, thinkMs + thinkJitterMs, anonymous ? "ANONYMOUS" : "PIN (the default)",
                warmup.toSeconds(), duration.toSeconds());
        report.line("complaints sent with a case number: %d (%.1f/s), errors: %d %s", sent.get(),
                sent.get() / (double) duration.toSeconds(), errors.values().stream().mapToInt(AtomicInteger::get).sum(), errors);
        cpuWatch.join();
        if (pid > 0 && sent.get() > 0) {
            // CPU time does not depend on what else runs on the machine, unlike the latencies.
            double portal = (cpu[2] - cpu[0]) / (double) sent.get();
            report.line("CPU per resident (open, fill, send; all requests and background work in the window): portal %.0f ms, "
                    + "driver %.0f ms; so %d cores would carry at most %.0f residents' complaints a second", portal,
                    (cpu[3] - cpu[1]) / (double) sent.get(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors() * 1000 / (portal + (cpu[3] - cpu[1]) / (double) sent.get()));
        }
        report.percentiles("submit (click on Skicka until the receipt)", submits);
        report.percentiles("open /klagomal (" + HOW_OPENED.get() + ")", opens);
        report.percentiles("field changes (one UIDL request)", fills);
    }

    /**
     * Idle sessions on the start page, half of them open tabs (heartbeats, nothing else) and half
     * closed tabs (nothing at all); the live heap until both are freed. Meant for a portal started with
     * a short session timeout so that it takes minutes, not half an hour.
     */
    private void expiry() throws Exception {
        int sessions = intOption("sessions", 1000);
        long pid = Long.parseLong(option("pid", null));
        Duration wait = Duration.ofSeconds(intOption("wait", 240));
        openIdle(50, new AtomicBoolean(true));
        long before = liveHeap(pid);
        AtomicBoolean stop = new AtomicBoolean();
        List<Resident> openTabs = openIdle(sessions / 2, stop);
        openIdle(sessions - sessions / 2, new AtomicBoolean(true));
        long with = liveHeap(pid);
        report.line("expiry: live heap %.1f MiB before, %.1f MiB with %d idle sessions (%d open tabs sending heartbeats, %d closed tabs)",
                before / 1048576.0, with / 1048576.0, sessions, openTabs.size(), sessions - openTabs.size());
        long t = System.nanoTime();
        while (System.nanoTime() - t < wait.toNanos()) {
            sleep(20_000);
            long now = liveHeap(pid);
            long refused = openTabs.stream().filter(r -> r.expired).count();
            report.line("after %3.0f s: live heap %.1f MiB (%.0f%% of the sessions' heap left), open tabs told their session expired: %d",
                    (System.nanoTime() - t) / 1e9, now / 1048576.0, 100.0 * (now - before) / (with - before), refused);
        }
        stop.set(true);
    }

    // ---- residents -------------------------------------------------------------------------------

    /** Opens {@code count} start-page sessions, a few at a time; each keeps beating until {@code stop}. */
    private List<Resident> openIdle(int count, AtomicBoolean stop) throws InterruptedException {
        List<Resident> opened = java.util.Collections.synchronizedList(new ArrayList<>());
        Semaphore parallel = new Semaphore(intOption("parallel", 8));
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                parallel.acquire();
                threads.submit(() -> {
                    try {
                        Resident r = new Resident();
                        r.openPage("");
                        opened.add(r);
                    } finally {
                        parallel.release();
                    }
                    return null;
                });
            }
        }
        for (Resident r : opened) {
            Thread.ofVirtual().start(() -> r.beat(stop));
        }
        if (opened.size() < count) {
            throw new IllegalStateException("only " + opened.size() + " of " + count + " sessions opened");
        }
        return opened;
    }

    /** One browser tab: its cookies, its UI and where the conversation with the server stands. */
    private final class Resident {
        private final String address = nextAddress();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        {
            // The language a resident chose earlier, remembered in the portal's cookie (option lang=).
            if (language != null) {
                cookies.put("medverka_lang", language);
            }
        }
        private int uiId;
        private String securityKey;
        private int heartbeatSeconds;
        private int syncId;
        private int clientId;
        volatile boolean expired;

        /**
         * The page and the view's nodes. The portal sends the UI's first state with the page
         * ({@code ViewInFirstResponse}): the driver reads it there, as the browser client does. Without
         * it (turned off), the UI's start ({@code ?v-r=init}) and the navigation to {@code route}.
         */
        @SuppressWarnings("unchecked")
        Map<Integer, Node> openPage(String route) {
            String page = send(HttpRequest.newBuilder(URI.create(base + "/" + route)).GET());
            Map<String, Object> initial = initialState(page);
            String navigation = "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":"
                    + Json.quote(route) + ",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}";
            if (initial != null) {
                // The browser then still reports its route (ui-navigate); the server, already there,
                // answers with a few characters, and that answer is the copy the UI keeps.
                HOW_OPENED.set("page with the view's first state in it + navigation");
                Map<String, Object> first = start((Map<String, Object>) initial.get("appConfig"));
                List<Object> changes = new ArrayList<>((List<Object>) first.getOrDefault("changes", List.of()));
                changes.addAll((List<Object>) uidl(List.of(navigation)).json().getOrDefault("changes", List.of()));
                return Node.tree(Map.of("changes", changes));
            }
            Map<String, Object> config = (Map<String, Object>) Json.object(send(HttpRequest.newBuilder(
                    URI.create(base + "/?v-r=init&location=" + route + "&query=&v-curdate=" + System.currentTimeMillis()
                            + BROWSER_DETAILS)).GET())).get("appConfig");
            start(config);
            HOW_OPENED.set("page + init + navigation");
            return Node.tree(uidl(List.of(navigation)).json());
        }

        /** The first state in the page's inline script ({@code window.Vaadin.TypeScript= {"initial": …}}), or null. */
        @SuppressWarnings("unchecked")
        private static Map<String, Object> initialState(String page) {
            int at = page.indexOf("window.Vaadin.TypeScript=");
            if (at < 0) {
                return null;
            }
            int from = page.indexOf('{', at);
            int to = page.indexOf("</script>", from);
            String json = page.substring(from, to).strip();
            if (json.endsWith(";")) {
                json = json.substring(0, json.length() - 1);
            }
            return (Map<String, Object>) Json.object(json).get("initial");
        }

        /** Takes the UI's id, security key and sync state from its configuration; its first UIDL. */
        @SuppressWarnings("unchecked")
        private Map<String, Object> start(Map<String, Object> config) {
            Map<String, Object> uidl = (Map<String, Object>) config.get("uidl");
            uiId = ((Number) config.get("v-uiId")).intValue();
            heartbeatSeconds = ((Number) config.get("heartbeatInterval")).intValue();
            securityKey = (String) uidl.get("Vaadin-Security-Key");
            syncId = ((Number) uidl.get("syncId")).intValue();
            clientId = ((Number) uidl.get("clientId")).intValue();
            return uidl;
        }

        /** One UIDL request with {@code rpc} invocations; the server's answer. */
        Answer uidl(List<String> rpc) {
            String body = "{\"csrfToken\":" + Json.quote(securityKey) + ",\"rpc\":[" + String.join(",", rpc)
                    + "],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
            String answer = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            if (answer.contains("\"appError\"") || answer.contains("\"sessionExpired\":true")) {
                throw new IllegalStateException("refused: " + answer.substring(0, Math.min(300, answer.length())));
            }
            Map<String, Object> json = Json.object(answer);
            syncId = ((Number) json.get("syncId")).intValue();
            clientId = ((Number) json.get("clientId")).intValue();
            return new Answer(answer, json);
        }

        /** Heartbeats as an open tab sends them, until {@code stop} or the server has closed the UI. */
        void beat(AtomicBoolean stop) {
            // Tabs opened at the same moment do not beat in step.
            sleep(ThreadLocalRandom.current().nextLong(heartbeatSeconds * 1000L));
            while (!stop.get()) {
                try {
                    HttpResponse<byte[]> r = http.send(request(HttpRequest.newBuilder(
                                    URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId))
                            .header("Content-Type", "text/plain;charset=utf-8").POST(HttpRequest.BodyPublishers.noBody())),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        expired = true;
                        return;
                    }
                } catch (IOException e) {
                    // A lost heartbeat is what a flaky network does too; the next one follows.
                } catch (InterruptedException e) {
                    return;
                }
                sleep(heartbeatSeconds * 1000L);
            }
        }

        private String send(HttpRequest.Builder builder) {
            try {
                HttpResponse<byte[]> response = http.send(request(builder), HttpResponse.BodyHandlers.ofByteArray());
                response.headers().allValues("set-cookie").forEach(c -> {
                    Matcher m = COOKIE.matcher(c);
                    if (m.find()) {
                        cookies.put(m.group(1), m.group(2));
                    }
                });
                byte[] body = response.body();
                if (response.headers().firstValue("content-encoding").orElse("").equals("gzip")) {
                    try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                        body = in.readAllBytes();
                    }
                }
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + " from " + response.uri());
                }
                return new String(body, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private HttpRequest request(HttpRequest.Builder builder) {
            builder.timeout(Duration.ofSeconds(30)).header("X-Forwarded-For", address)
                    // Browsers take compressed answers; the portal compresses them (server.compression).
                    .header("Accept-Encoding", "gzip").header("Accept-Language", "sv-SE,sv;q=0.9");
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k).append('=').append(v));
                builder.header("Cookie", header.toString());
            }
            return builder.build();
        }
    }

    private record Answer(String text, Map<String, Object> json) { }

    /** A state node of the UI as the UIDL changes describe it (only what the driver needs). */
    private static final class Node {
        // Node features by their number in Flow's NodeFeatureRegistry.
        private static final int ELEMENT_PROPERTIES = 1;
        private static final int ELEMENT_CHILDREN = 2;
        private static final int ELEMENT_ATTRIBUTES = 3;

        final int id;
        final Map<String, Object> properties = new HashMap<>();
        final Map<String, Object> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String value() {
            return (String) properties.get("value");
        }

        Node firstChild(Map<Integer, Node> tree) {
            return tree.get(children.getFirst());
        }

        @SuppressWarnings("unchecked")
        static Map<Integer, Node> tree(Map<String, Object> uidl) {
            Map<Integer, Node> nodes = new HashMap<>();
            for (Object o : (List<Object>) uidl.getOrDefault("changes", List.of())) {
                Map<String, Object> change = (Map<String, Object>) o;
                int id = ((Number) change.get("node")).intValue();
                Node node = nodes.computeIfAbsent(id, Node::new);
                int feature = change.get("feat") instanceof Number n ? n.intValue() : -1;
                switch ((String) change.get("type")) {
                    case "put" -> {
                        if (feature == ELEMENT_PROPERTIES) {
                            node.properties.put((String) change.get("key"), change.get("value"));
                        } else if (feature == ELEMENT_ATTRIBUTES) {
                            node.attributes.put((String) change.get("key"), change.get("value"));
                        }
                    }
                    case "splice" -> {
                        if (feature == ELEMENT_CHILDREN) {
                            int index = ((Number) change.get("index")).intValue();
                            int remove = change.get("remove") instanceof Number n ? n.intValue() : 0;
                            for (int i = 0; i < remove; i++) {
                                node.children.remove(index);
                            }
                            List<Object> added = (List<Object>) change.getOrDefault("addNodes", List.of());
                            node.children.addAll(index, added.stream().map(a -> ((Number) a).intValue()).toList());
                        }
                    }
                    case "clear" -> {
                        if (feature == ELEMENT_CHILDREN) {
                            node.children.clear();
                        }
                    }
                    default -> { }
                }
            }
            return nodes;
        }
    }

    private static Node byId(Map<Integer, Node> tree, String id) {
        return tree.values().stream().filter(n -> id.equals(n.attributes.get("id"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no element with id " + id));
    }

    private static String mSync(String value, Node node) {
        return "{\"type\":\"mSync\",\"node\":" + node.id + ",\"feature\":1,\"property\":\"value\",\"value\":" + Json.quote(value) + "}";
    }

    // ---- measuring -------------------------------------------------------------------------------

    /** Live heap in bytes: the class histogram's total, which the JVM takes after a full GC. */
    private static long liveHeap(long pid) throws IOException, InterruptedException {
        return total(classHistogram(pid));
    }

    /** The class histogram (objects and bytes per class, after a full GC), as jcmd prints it. */
    private static String classHistogram(long pid) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + out);
        }
        return out;
    }

    private static long total(String out) {
        Matcher total = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(out);
        if (!total.find()) {
            throw new IllegalStateException("no total in the class histogram: " + out.substring(0, Math.min(500, out.length())));
        }
        return Long.parseLong(total.group(1));
    }

    /** User and system CPU time a process has used so far, from /proc (Linux). */
    private static long cpuMillis(long pid) {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime, fields 14 and 15 of the line, counted in clock ticks of 10 ms.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double timed(Runnable call) {
        long t = System.nanoTime();
        call.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(Math.max(0, ms));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String option(String key, String fallback) {
        String value = options.getOrDefault(key, fallback);
        if (value == null) {
            throw new IllegalArgumentException("missing option " + key + "=…");
        }
        return value;
    }

    private int intOption(String key, int fallback) {
        return Integer.parseInt(option(key, String.valueOf(fallback)));
    }

    /** UIDL's JSON, read and written with Jackson as the portal itself does. */
    private static final class Json {
        private static final JsonMapper MAPPER = JsonMapper.builder().build();

        static Map<String, Object> object(String text) {
            return MAPPER.readValue(text, new TypeReference<Map<String, Object>>() { });
        }

        static String quote(String s) {
            return MAPPER.writeValueAsString(s);
        }
    }
}
