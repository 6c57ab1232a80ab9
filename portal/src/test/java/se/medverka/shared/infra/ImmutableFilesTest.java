package se.medverka.shared.infra;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ImmutableFilesTest {

    private final jakarta.servlet.Filter filter = new ImmutableFiles().immutableFilesFilter().getFilter();

    /** What Vaadin and Spring Security write on their way: a short cache time, Pragma, Expires. */
    private static MockFilterChain whatOthersWrite() {
        return new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res) {
                res.setHeader("Cache-Control", "max-age=3600");
                res.setHeader("Pragma", "no-cache");
                res.setDateHeader("Expires", 0);
            }
        });
    }

    @Test
    void aContentHashedBuildFileIsCachedForAYearWithoutPragma() throws Exception {
        MockHttpServletResponse response = run(new MockHttpServletRequest("GET", "/VAADIN/build/indexhtml-BNp73Egs.js"));

        assertThat(response.getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(response.getHeader("Pragma")).isNull();
        assertThat(response.getHeader("Expires")).isNull();
    }

    @Test
    void aStylesheetLinkedWithItsContentHashIsCachedForAYear() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/themes/medverka/styles.css");
        request.setParameter("v-c", "39068058");

        assertThat(run(request).getHeader("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void pagesAndUnhashedFilesKeepWhatOthersSay() throws Exception {
        for (String path : new String[] {"/klagomal", "/themes/medverka/logo.svg", "/VAADIN/build/stats.json"}) {
            MockHttpServletResponse response = run(new MockHttpServletRequest("GET", path));
            assertThat(response.getHeader("Cache-Control")).as(path).isEqualTo("max-age=3600");
            assertThat(response.getHeader("Pragma")).as(path).isEqualTo("no-cache");
        }
    }

    @Test
    void aMissingHashedFileIsNotCached() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/VAADIN/build/gone-AAAAAAAA.js"), response,
                new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                    @Override
                    protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res)
                            throws java.io.IOException {
                        res.sendError(404);
                    }
                }));

        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    private MockHttpServletResponse run(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, whatOthersWrite());
        return response;
    }
}
