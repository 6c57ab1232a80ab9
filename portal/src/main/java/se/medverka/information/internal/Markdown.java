package se.medverka.information.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. Two layers: CommonMark escapes raw HTML and drops unsafe link targets,
 * then jsoup keeps only a safelist of elements and attributes (no script, style, event handlers,
 * {@code javascript:} links), so that a pasted text or an imported file can never run code.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addProtocols("a", "href", "https", "http", "mailto", "tel")
            .preserveRelativeLinks(true);
    /** Only used to check relative links (e.g. {@code klagomal}); they stay relative. */
    private static final String BASE = "https://medverka.invalid/";

    private Markdown() {
    }

    /** The sanitised HTML of a Markdown text, without a wrapping element. */
    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return Jsoup.clean(html, BASE, SAFE, new Document.OutputSettings().prettyPrint(false));
    }
}
