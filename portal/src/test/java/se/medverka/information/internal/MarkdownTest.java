package se.medverka.information.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void markdownBecomesHtml() {
        assertThat(Markdown.toSafeHtml("## Rubrik\n\n- en\n- två\n\n[Klaga](klagomal)"))
                .contains("<h2>Rubrik</h2>", "<li>en</li>", "<a href=\"klagomal\">Klaga</a>");
    }

    @Test
    void scriptsStylesAndEventAttributesAreRemoved() {
        String html = Markdown.toSafeHtml("""
                Hej <script>alert(1)</script>

                <style>body{display:none}</style>

                <img src=x onerror="alert(2)"> <a href="#" onclick="alert(3)">x</a>

                <div onmouseover="alert(4)">y</div>""");
        // Raw HTML is shown as text (escaped), never as elements or attributes.
        assertThat(html).doesNotContain("<script", "<style", "<img", "<div");
        var doc = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, style, img, div")).isEmpty();
        assertThat(doc.getAllElements()).allSatisfy(e ->
                assertThat(e.attributes().asList()).noneMatch(a -> a.getKey().toLowerCase().startsWith("on")));
    }

    @Test
    void javascriptAndDataLinksAreRemoved() {
        String html = Markdown.toSafeHtml("[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](data:text/html;base64,PHNjcmlwdD4=) [d](https://stad.example/)");
        assertThat(html.toLowerCase()).doesNotContain("javascript:", "data:");
        assertThat(html).contains("<a href=\"https://stad.example/\">d</a>");
    }
}
