package se.medverka.dialogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.dialogue.DialogueAdmin;
import se.medverka.dialogue.DialogueAdmin.Draft;
import se.medverka.dialogue.DialogueAdmin.Texts;
import se.medverka.dialogue.ModerationMode;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.LanguageSelection;
import se.medverka.shared.security.StaffRole;
import se.medverka.staff.ui.LoginView;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.Translations;

/** The residents' dialogue views without a browser: Swedish fallback with its notice, and refused input. */
@SpringBootTest
class DialogueViewsTest extends SpringBrowserlessTest {

    @Autowired DialogueAdmin admin;
    @Autowired RoutingRegister register;
    @Autowired JdbcClient jdbc;

    private long swedishOnlyDialogue() {
        long c = register.committeeByCode("idrottsnamnden").orElseThrow().id();
        return StaffFixtures.as("views", List.of(StaffRole.HANDLER.authority(), StaffRole.HANDLER.scopedAuthority(c)), () -> {
            long id = admin.create(new Draft(c, Map.of("sv", new Texts("Badhusets öppettider", "När vill du bada?", "Säg till.")),
                    Set.of(), Set.of("gender_equality"), Set.of(), LocalDate.now().minusDays(1), LocalDate.now().plusDays(9),
                    false, true, true, ModerationMode.POST, 3));
            admin.publish(id);
            return id;
        });
    }

    @Test
    void aDialogueWithoutEnglishTextsIsShownInSwedishWithANoticeInEnglish() {
        long id = swedishOnlyDialogue();
        LanguageSelection.apply(UI.getCurrent(), Language.EN);
        navigate(LoginView.class);
        navigate(DialogueListView.class);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains(Translations.text("en", "dialogue.page.fallback.text"));
        navigate(DialogueView.class, id);
        assertThat($(H1.class).single().getText()).isEqualTo("Badhusets öppettider");
        assertThat($(H1.class).single().getParent().orElseThrow().getElement().getAttribute("lang")).isEqualTo("sv");
    }

    @Test
    void anEmptyProposalIsRefusedWithAMessageAndStoresNothing() {
        long id = swedishOnlyDialogue();
        navigate(DialogueView.class, id);
        long before = jdbc.sql("select count(*) from dialogue_post").query(Long.class).single();
        test($(TextField.class).single()).setValue("Längre öppet");
        test($(Button.class).withText(Translations.sv("dialogue.proposal.form.send.action")).single()).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(Translations.sv("dialogue.proposal.body.error.required"));
        assertThat(jdbc.sql("select count(*) from dialogue_post").query(Long.class).single()).isEqualTo(before);
    }
}
