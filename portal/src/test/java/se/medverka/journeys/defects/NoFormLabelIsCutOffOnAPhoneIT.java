package se.medverka.journeys.defects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 2: at 320–390 px no label or helper text of a form is cut off with an ellipsis —
 * e.g. the grounds question "Tror du att det hade att göra med något av dett…" — and "Välj ett
 * eller flera." is visible.
 */
class NoFormLabelIsCutOffOnAPhoneIT extends DefectTestBase {

    /**
     * The labels and helper texts whose text is wider than a box that clips it (what a person sees
     * as "…" or a cut word): a range around the text is compared with every clipping box up to the field.
     */
    static final String CUT_LABELS = """
            () => {
              const cut = [];
              for (const el of document.querySelectorAll('[slot=label], [slot=helper], label')) {
                if (!el.textContent.trim() || el.offsetParent === null) continue;
                const range = document.createRange();
                range.selectNodeContents(el);
                const text = range.getBoundingClientRect();
                let node = el;
                while (node) {
                  if (node instanceof Element) {
                    const style = getComputedStyle(node);
                    const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
                    const box = node.getBoundingClientRect();
                    if (clips && (text.width > box.width + 1 || node.scrollWidth > node.clientWidth + 1)) {
                      cut.push(el.textContent.trim());
                      break;
                    }
                  }
                  node = node.assignedSlot || node.parentNode || node.host;
                  if (node && node.tagName === 'BODY') break;
                  if (node instanceof ShadowRoot) node = node.host;
                }
              }
              return cut;
            }""";

    @Test
    void theComplaintFormTheStatusPageAndTheChildrensPageShowEveryLabelWhole() {
        onEveryScreen(LANGUAGES, List.of(320, 390, 1280), (p, lang) -> {
            for (String path : new String[] {"klagomal", "klagomal/status", "barn"}) {
                open(p, path + "?lang=" + lang);
                assertThat(cutLabels(p)).as("labels cut off on /%s", path).isEmpty();
            }
            open(p, "klagomal?lang=" + lang);
            assertThat(p.getByText(t(lang, "complaint.form.grounds.label"), new Page.GetByTextOptions().setExact(true)))
                    .isVisible();
            assertThat(p.getByText(t(lang, "complaint.form.grounds.helper"), new Page.GetByTextOptions().setExact(true)))
                    .isVisible();
        });
    }

    @SuppressWarnings("unchecked")
    static List<String> cutLabels(Page p) {
        return (List<String>) p.evaluate(CUT_LABELS);
    }
}
