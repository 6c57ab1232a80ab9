package se.medverka.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Lets the browser fetch the whole client at once, on the first response, instead of one file
 * after another. Vaadin's page names one script ({@code indexhtml-<hash>.js}); only when that has
 * arrived and run does the browser learn of the next ones (the component bundle
 * {@code generated-flow-imports-<hash>.js} with its chunks, {@code FlowBootstrap}, {@code FlowClient}),
 * each a round trip later — on a slow 3G connection 400 ms each. This adds
 * {@code <link rel="modulepreload">} for every file that script imports, read from the script itself
 * (the production build's names carry content hashes, so they are read once per script and kept).
 * Nothing is added when the script is not on the class path (development mode).
 */
@Component
class ModulePreload implements VaadinServiceInitListener {

    private static final Pattern BUILD_SCRIPT = Pattern.compile("^\\./VAADIN/build/indexhtml-[A-Za-z0-9_-]+\\.js$");
    /** Vite writes its imports as {@code "./name-hash.js"} or {@code `./name-hash.js`}. */
    private static final Pattern IMPORT = Pattern.compile("[\"`']\\./([A-Za-z0-9_.-]+\\.js)[\"`']");
    /** How Flow's inline script with the first state begins (IndexHtmlRequestHandler). */
    static final String INITIAL_STATE = "window.Vaadin.TypeScript=";
    private final Map<String, List<String>> importsByScript = new ConcurrentHashMap<>();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            addPreloads(response.getDocument());
            initialStateLast(response.getDocument());
        });
    }

    void addPreloads(Document page) {
        for (Element script : page.head().select("script[type=module][src]")) {
            String src = script.attr("src");
            if (BUILD_SCRIPT.matcher(src).matches()) {
                Element after = script;
                for (String file : importsByScript.computeIfAbsent(src, ModulePreload::importsOf)) {
                    Element link = new Element("link").attr("rel", "modulepreload").attr("crossorigin", "")
                            .attr("href", "./VAADIN/build/" + file);
                    after.after(link);
                    after = link;
                }
            }
        }
    }

    /**
     * Moves the page's first state ({@code ViewInFirstResponse}: an inline script Flow puts first in
     * the head, 6–13 KiB) to the end of the body, so that the preloads and stylesheets come first in
     * the bytes and the browser starts fetching them before the state has arrived; on slow 3G the
     * complaint form's state alone is a quarter of a second. The module scripts that read it run
     * only after the whole page is parsed, so they still find it.
     */
    void initialStateLast(Document page) {
        for (Element script : page.head().select("script:not([src])")) {
            if (script.data().contains(INITIAL_STATE)) {
                script.remove();
                page.body().appendChild(script);
            }
        }
    }

    /** The files the production script imports, in the order it names them; none outside a production build. */
    static List<String> importsOf(String src) {
        String resource = "META-INF/VAADIN/webapp/" + src.substring(2);
        try (InputStream in = ModulePreload.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return importsIn(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> importsIn(String script) {
        Set<String> files = new LinkedHashSet<>();
        Matcher m = IMPORT.matcher(script);
        while (m.find()) {
            files.add(m.group(1));
        }
        return List.copyOf(files);
    }
}
