package se.medverka.startup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.Translations;

/**
 * The newcomer's portal: the {@code dev} profile as {@code spring-boot:run} starts it, with nothing
 * configured — an embedded PostgreSQL of its own (a fresh data directory), the in-process mail
 * catcher, a generated complaint key and printed passwords. The portal serves, the demonstration
 * content is there, the printed staff password signs in, and {@code /dev/post} shows the mails the
 * portal sent decoded, as a mail program would: Yiddish (sent base64) and Swedish (quoted-printable).
 */
@ActiveProfiles("dev")
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DevProfileIT extends BrowserTestBase {

    private static final Pattern PRINTED = Pattern.compile("handlaggare\\s+HANDLER\\s+password '([^']+)'");
    private static final Pattern CLASS_CODE = Pattern.compile("class code ([A-Z]{4}-[0-9]{2})");
    private static String console = "";

    @Autowired org.springframework.core.env.Environment environment;

    /** Undoes what TestEnvironment configured for the production-like tests: the newcomer has none of it. */
    @DynamicPropertySource
    static void nothingConfigured(DynamicPropertyRegistry registry) throws IOException {
        Path home = Files.createTempDirectory("medverka-dev-profile");
        registry.add("spring.datasource.url", () -> "embedded");
        registry.add("spring.mail.host", () -> "catcher");
        registry.add("medverka.complaint.keys", () -> "");
        registry.add("medverka.admin.password", () -> "");
        registry.add("medverka.admin.username", () -> "admin");
        registry.add("medverka.embedded-db.directory", () -> home.resolve("pgdata").toString());
        registry.add("medverka.complaint.dev-key-file", () -> home.resolve("complaint-dev.key").toString());
    }

    private String console(CapturedOutput output) {
        if (console.isEmpty()) {
            console = output.getAll();
        }
        return console;
    }

    @Test
    void theNewcomerFindsDialoguesAConsultationAndCasesAndSignsInWithThePrintedPassword(CapturedOutput output) {
        assertThat(environment.getActiveProfiles()).containsExactly("dev");
        String printed = console(output);
        assertThat(printed).contains("started an embedded PostgreSQL", "First administrator created", "Demo content added");

        open(page, "dialog?lang=sv");
        assertThat(page.getByText("Trygga parker i Farsta").first()).isVisible();
        assertThat(page.getByText("Framtidens bibliotek").first()).isVisible();
        assertThat(page.getByText("Idrottshallar för alla").first()).isVisible();

        Matcher code = CLASS_CODE.matcher(printed);
        assertThat(code.find()).as("class code printed in:\n%s", printed).isTrue();
        open(page, "barn?lang=sv");
        page.getByLabel(Translations.sv("consultation.start.code.label")).first().fill(code.group(1));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Translations.sv("consultation.start.code.action")).setExact(true)).click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Hur har du det i skolan?"))).isVisible();

        Matcher password = PRINTED.matcher(printed);
        assertThat(password.find()).as("handler's password printed in:\n%s", printed).isTrue();
        login(page, "handlaggare", password.group(1));
        open(page, "personal/arenden");
        assertThat(heading(page)).hasText(Translations.sv("routing.inbox.title"));
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName(Pattern.compile("MV-\\d{4}-\\d{6}"))).first()).isVisible();
    }

    @Test
    void devPostShowsAYiddishAndASwedishMailAsTheyArriveNotEncoded(CapturedOutput output) {
        console(output);
        // The receipt of the demo complaint sent in Yiddish, and the Swedish answer to another.
        String yiddish = lineBefore(Translations.text("yi", "mail.complaint.received.body"), "{0}");
        String swedishAnswer = "Vi beklagar det som hänt. Skolan har gått igenom rutinerna för information";
        Locator yiddishMail = page.getByText(yiddish);
        Locator swedishMail = page.getByText(swedishAnswer);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        do {
            open(page, "dev/post?lang=sv");
        } while ((yiddishMail.count() == 0 || swedishMail.count() == 0) && System.nanoTime() < until);

        assertThat(yiddishMail.first()).isVisible();
        assertThat(swedishMail.first()).isVisible();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(Pattern.compile("^מיר האָבן באַקומען אײַער קלאָג")))).isVisible();
        // Nothing left of the transfer encodings: no quoted-printable escapes, no base64 of Yiddish (0xD7 → "1". prefix).
        String shown = page.locator("main, body").first().innerText();
        assertThat(shown).doesNotContainPattern("=[0-9A-F]{2}=[0-9A-F]{2}").doesNotContain("Content-Transfer-Encoding");
        assertThat(shown).doesNotContainPattern("[A-Za-z0-9+/]{60,}");
        assertAccessible(page);
    }

    /** The text of {@code template} on the line holding {@code placeholder}, up to it (a line as a mail program shows it). */
    private static String lineBefore(String template, String placeholder) {
        for (String line : template.split("\n")) {
            int at = line.indexOf(placeholder);
            if (at > 0) {
                return line.substring(0, at).strip();
            }
        }
        throw new IllegalArgumentException(placeholder + " not in " + template);
    }
}
