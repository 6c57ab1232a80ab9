package se.medverka.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ModulePreloadTest {

    @Test
    void theFilesTheProductionScriptImportsAreReadInOrderOnce() {
        String script = "m.f=[\"./generated-flow-imports-t4nGUjc-.js\",\"./style-props-BRR9WZfk.js\"];"
                + "import(`./FlowBootstrap-C92yDU24.js`);let a=await T(()=>import(`./FlowClient-XDkeHcOw.js`));"
                + "import(\"./style-props-BRR9WZfk.js\")";

        assertThat(ModulePreload.importsIn(script)).containsExactly("generated-flow-imports-t4nGUjc-.js",
                "style-props-BRR9WZfk.js", "FlowBootstrap-C92yDU24.js", "FlowClient-XDkeHcOw.js");
    }

    @Test
    void withoutAProductionBuildOfTheScriptThePageIsLeftAsItIs() {
        Document page = Jsoup.parse("<html><head><script type=\"module\" crossorigin"
                + " src=\"./VAADIN/build/indexhtml-NOTINJAR.js\"></script></head><body></body></html>");

        new ModulePreload().addPreloads(page);

        assertThat(page.select("link[rel=modulepreload]")).isEmpty();
    }

    @Test
    void thePagesFirstStateComesAfterEverythingTheBrowserMustFetchAndBeforeNoScriptThatReadsIt() {
        Document page = Jsoup.parse("<html><head><script>window.Vaadin = window.Vaadin || {};"
                + "window.Vaadin.TypeScript= {\"appConfig\":{}};</script>"
                + "<link rel=\"stylesheet\" href=\"lumo/lumo.css\">"
                + "<script type=\"module\" src=\"./VAADIN/build/indexhtml-NOTINJAR.js\"></script></head>"
                + "<body><div id=\"outlet\"></div></body></html>");

        new ModulePreload().initialStateLast(page);

        assertThat(page.head().select("script:not([src])")).isEmpty();
        assertThat(page.head().child(0).attr("rel")).isEqualTo("stylesheet");
        assertThat(page.body().children().last().data()).contains(ModulePreload.INITIAL_STATE);
        assertThat(page.body().child(0).id()).isEqualTo("outlet");
    }
}
