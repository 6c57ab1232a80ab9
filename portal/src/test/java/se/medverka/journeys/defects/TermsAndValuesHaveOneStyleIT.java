package se.medverka.journeys.defects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 15: the finished Finnish receipt said "Asianumero:" with a colon where the other
 * terms had none. In a list of terms and values no term carries its own colon, and where a term
 * and its value share a line they are joined the same way ("Ärendenummer: MV-…").
 */
class TermsAndValuesHaveOneStyleIT extends DefectTestBase {

    @Test
    void theReceiptsTermsHaveNoColonsAndTheCaseNumberLineJoinsTermAndValueLikeTheOthers() {
        onEveryScreen(LANGUAGES, List.of(320), (p, lang) -> {
            open(p, "klagomal?lang=" + lang);
            p.getByText(t(lang, "complaint.form.concerns.treatment.label"), new Page.GetByTextOptions().setExact(true)).click();
            p.getByLabel(t(lang, "complaint.form.what.label")).fill("Personalen i simhallen var otrevlig mot min mamma.");
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(t(lang, "complaint.form.send.action"))).click();
            settle(p);
            org.assertj.core.api.Assertions.assertThat(p.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName(t(lang, "complaint.receipt.title"))).count()).as("the receipt, on %s",
                    p.getByRole(AriaRole.MAIN).innerText()).isEqualTo(1);

            // One complaint per language (the form takes only a few from one connection an hour),
            // read on a phone and then on a desktop.
            for (int width : WIDTHS) {
                p.setViewportSize(width, 900);
                List<String> terms = p.getByRole(AriaRole.MAIN).getByRole(AriaRole.TERM).allInnerTexts();
                assertThat(terms).isNotEmpty();
                assertThat(terms).allSatisfy(term -> assertThat(term.strip()).as("a term").doesNotEndWith(":"));

                String caseTerm = t(lang, "complaint.receipt.number.label");
                assertThat(terms).contains(caseTerm);
                Locator caseLine = p.getByRole(AriaRole.MAIN).getByRole(AriaRole.PARAGRAPH).filter(new Locator.FilterOptions()
                        .setHasText(Pattern.compile("^" + quote(caseTerm) + ": MV-\\d{4}-\\d{6}$")));
                assertThat(caseLine).hasCount(1);
                Locator pinLine = p.getByRole(AriaRole.MAIN).getByRole(AriaRole.PARAGRAPH).filter(new Locator.FilterOptions()
                        .setHasText(Pattern.compile("^" + quote(t(lang, "complaint.receipt.pin.label")) + ": \\S+$")));
                assertThat(pinLine).hasCount(1);
            }
        });
    }
}
