package se.medverka.journeys.defects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.medverka.complaint.Complaints;
import se.medverka.complaint.ComplaintHandling;
import se.medverka.consultation.AgeBand;
import se.medverka.consultation.Consultations;
import se.medverka.consultation.QuestionType;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.TestEnvironment;

/**
 * Issue 20 item 10: staff pages showed raw language codes — "Invånarens språk: fi", templates
 * "Vi utreder (sv)", questions "10–12 år (se)", "Utkast: fi, fit, se…" — and called the same person
 * "Invånarens språk" on one page and "Den boendes språk" on another. Languages are named as the
 * language menu names them, and the resident's language has one term.
 */
class StaffSeeLanguageNamesNotCodesIT extends DefectTestBase {

    static final String CODES = "sv|en|fi|fit|se|smj|sma|rom|yi|lattlast";
    /** A code where a name belongs: "(se)", ": fi", ", fit". */
    static final Pattern RAW_CODE = Pattern.compile("(\\((" + CODES + ")\\))|([:,] (" + CODES + ")(?=[,.)\\s]|$))",
            Pattern.MULTILINE);

    @Autowired StaffFixtures fixtures;
    @Autowired ComplaintTestData complaintData;
    @Autowired Complaints complaints;
    @Autowired ComplaintHandling handling;
    @Autowired Consultations consultations;
    @Autowired se.medverka.consultation.ConsultationQuestions questions;

    /** The value next to a term in a description list. */
    private static String valueOf(Page p, String term) {
        Locator dt = p.getByRole(AriaRole.TERM).filter(new Locator.FilterOptions().setHasText(
                Pattern.compile("^\\s*" + quote(term) + "\\s*$")));
        assertThat(dt).hasCount(1);
        return ((String) dt.evaluate("e => e.nextElementSibling.textContent")).trim();
    }

    private static void noRawCode(Page p, String where) {
        String text = p.getByRole(AriaRole.MAIN).innerText();
        var m = RAW_CODE.matcher(text);
        assertThat(m.find()).as("a language code instead of its name on %s: %s", where, m.hitEnd() ? "" : m.group()).isFalse();
    }

    @Test
    void caseComplaintConsultationAndInformationPagesNameLanguagesAndUseOneTermForTheResidentsLanguage() {
        String handler = fixtures.member("defects-lang-" + System.nanoTime(), StaffRole.HANDLER, "kulturnamnden");
        long committee = fixtures.committeeId("kulturnamnden");
        long caseId = complaintData.libraryComplaint("fi");
        // Routing places the complaint with the committee shortly after it is sent.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                StaffFixtures.asHandler(handler, committee, () -> {
                    handling.saveTemplate(caseId, "Vi utreder", "Vi utreder det du berättar om.", "sv");
                    return null;
                }));
        long consultation = StaffFixtures.asHandler(handler, committee, () -> {
            long id = consultations.create(new Consultations.NewConsultation("Biblioteken " + System.nanoTime(), committee,
                    EnumSet.of(AgeBand.B10_12), List.of("sv", "se"), false));
            Map<AgeBand, Map<String, String>> question = new LinkedHashMap<>();
            question.put(AgeBand.B10_12, Map.of("sv", "Hur trivs du på biblioteket?", "se", "Mo don liikot girjerádjui?"));
            questions.addQuestion(id, QuestionType.SMILEY, question, List.of());
            return id;
        });

        onEveryScreen(LANGUAGES, WIDTHS, (p, lang) -> {
            String term = t(lang, "routing.case.facts.language.label");
            assertThat(t(lang, "complaint.case.language.label")).as("one term for the resident's language").isEqualTo(term);

            logInAsStaff(p, handler, StaffFixtures.PASSWORD);
            open(p, "personal/arenden/" + caseId + "?lang=" + lang);
            assertThat(valueOf(p, term)).isEqualTo("suomi");
            noRawCode(p, "the case");

            open(p, "personal/klagomal/" + caseId + "?lang=" + lang);
            assertThat(valueOf(p, term)).isEqualTo("suomi");
            p.getByLabel(t(lang, "complaint.case.template.label")).first().click();
            Locator template = p.getByRole(com.microsoft.playwright.options.AriaRole.OPTION).filter(
                    new Locator.FilterOptions().setHasText("Vi utreder")).first();
            assertThat(template).hasText(Pattern.compile("Vi utreder.*svenska"));
            assertThat(template).not().hasText(Pattern.compile("\\(sv\\)"));
            p.keyboard().press("Escape");
            noRawCode(p, "the complaint");

            open(p, "personal/konsultation/" + consultation + "?lang=" + lang);
            assertThat(p.getByText(Pattern.compile("davvisámegiella.*Mo don liikot girjerádjui\\?")).first()).isVisible();
            noRawCode(p, "the consultation");
        });

        onEveryScreen(LANGUAGES, WIDTHS, (p, lang) -> {
            logInAsStaff(p, TestEnvironment.ADMIN_USERNAME, TestEnvironment.ADMIN_PASSWORD);
            open(p, "personal/information?lang=" + lang);
            String grid = (String) p.evaluate("() => [...document.querySelectorAll('vaadin-grid-cell-content')]"
                    + ".map(e => e.textContent).join('\\n')");
            assertThat(RAW_CODE.matcher(grid).find()).as("codes in the pages' translation overview: %s", grid).isFalse();
            assertThat(grid).contains("meänkieli");
        });
    }
}
