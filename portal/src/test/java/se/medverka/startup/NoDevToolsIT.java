package se.medverka.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.Translations;

/**
 * The portal as production starts it (no {@code dev} profile, everything configured by the test
 * environment): {@code /dev/post}, which would show every mail to anyone, does not exist, and none
 * of the development tools is running.
 */
class NoDevToolsIT extends BrowserTestBase {

    @Autowired ApplicationContext context;

    @Test
    void withoutTheDevProfileThereIsNoDevPostAndNoMailCatcher() {
        // Vaadin answers the page itself (200) and renders its "not found" view into it: no mail view.
        open(page, "dev/post?lang=sv");
        assertThat(heading(page).allInnerTexts()).doesNotContain(Translations.sv("shared.devmail.title"));
        assertThat(page.locator("body").innerText()).doesNotContain(Translations.sv("shared.devmail.intro"));
        assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain("dev");
        assertThat(context.getBeanNamesForType(se.medverka.shared.dev.MailCatcher.class)).isEmpty();
        assertThat(context.containsBean("embeddedPostgres")).isFalse();
        assertThat(context.containsBean("demoContent")).isFalse();
    }
}
