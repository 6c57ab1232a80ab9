package se.medverka.information.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.LanguageSelection;
import se.medverka.staff.ui.LoginView;
import se.medverka.testsupport.Translations;

/** The start page without a browser: texts per language and the language switcher's links. */
@SpringBootTest
class StartViewTest extends SpringBrowserlessTest {

    @Test
    void showsTheSwedishStartPageWithAllTenLanguagesToChooseFrom() {
        navigate(StartView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(Translations.sv("information.start.title"));
        assertThat($(Anchor.class).all())
                .filteredOn(a -> a.getElement().hasAttribute("data-lang"))
                .extracting(a -> a.getElement().getAttribute("lang"))
                .containsExactly("sv", "sv", "en", "fi", "fit", "se", "smj", "sma", "rom", "yi");
    }

    @Test
    void finnishChosenGivesFinnishTexts() {
        LanguageSelection.apply(UI.getCurrent(), Language.FI);
        // The base class has already opened the start page; a view is built anew only on a new route.
        navigate(LoginView.class);
        navigate(StartView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(Translations.text("fi", "information.start.title"));
    }
}
