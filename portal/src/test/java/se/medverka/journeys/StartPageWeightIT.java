package se.medverka.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.medverka.testsupport.BrowserTestBase;

/**
 * What a resident's phone downloads for the first visit to the start page, in production mode, as
 * the browser counts it (compressed bytes on the wire). Prints the figure; fails if it outgrows
 * its budget, so that a heavy dependency does not creep in unnoticed.
 */
class StartPageWeightIT extends BrowserTestBase {

    /**
     * 208 KB without React and the date picker (2026-11-24, docs/weight.md); 310 KB with them, and
     * Vaadin's full bundle was 435 KB. The margin is for small changes of the page and its texts.
     */
    private static final long BUDGET_BYTES = 240_000;

    @Test
    void theFirstLoadOfTheStartPageStaysWithinItsBudget() {
        // A browser that has never been here: the test's own page may hold the scripts in its cache.
        Page first = firstVisit();
        List<Request> requests = new ArrayList<>();
        first.onRequestFinished(requests::add);
        open(first, "");
        first.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        long body = 0;
        long headers = 0;
        // A copy: asking a request for its sizes lets Playwright deliver events, which may add to the list.
        for (Request r : List.copyOf(requests)) {
            var sizes = r.sizes();
            body += sizes.responseBodySize;
            headers += sizes.responseHeadersSize;
        }
        long total = body + headers;
        System.out.printf("[measure] start page first load: %d requests, %d bytes on the wire (%.0f KiB; bodies %d, headers %d)%n",
                requests.size(), total, total / 1024.0, body, headers);
        assertThat(total).isLessThan(BUDGET_BYTES);
    }
}
