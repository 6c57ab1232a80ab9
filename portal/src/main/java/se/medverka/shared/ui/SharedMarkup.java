package se.medverka.shared.ui;

import com.vaadin.flow.component.HasElement;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Static markup (texts, headings, plain links) as one element's content instead of a component per
 * tag and per text: every open page keeps its component tree in the session, each state node a few
 * hundred bytes, and Flow's copy of the page's response grows with every node it attaches. The
 * markup is built once per language and piece and the same string is shared by every session.
 *
 * <p>Only for content the server never changes or reads back; links are plain {@code <a href>},
 * which Flow's client router handles as it does an {@code Anchor}'s. jsoup escapes markup
 * characters; other characters stay as they are (a character reference would be longer, in the
 * shared string and in the response copy alike).
 */
public final class SharedMarkup {

    /**
     * Keys: language tag and piece. A few pieces times the bundle languages, and the language menu
     * per page; beyond {@link #KEPT} pieces (addresses are endless) a piece is built and not kept.
     */
    private static final Map<String, String> BUILT = new ConcurrentHashMap<>();

    static final int KEPT = 2_000;

    private SharedMarkup() {
    }

    /**
     * Gives {@code parent} the content {@code build} appends to an empty root, built once for
     * {@code piece} in {@code locale}. {@code build} must depend on nothing but the locale.
     */
    public static <T extends HasElement> T fill(T parent, String piece, Locale locale, Consumer<Element> build) {
        String html = shared(locale.toLanguageTag() + "|" + piece, () -> {
            Document root = new Document("");
            root.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
            build.accept(root);
            return root.html();
        });
        parent.getElement().setProperty("innerHTML", html);
        return parent;
    }

    /** The one string for {@code key}, built by {@code build} the first time. */
    static String shared(String key, Supplier<String> build) {
        String html = BUILT.get(key);
        if (html != null) {
            return html;
        }
        return BUILT.size() < KEPT ? BUILT.computeIfAbsent(key, k -> build.get()) : build.get();
    }
}
