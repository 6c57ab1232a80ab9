package se.medverka.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurrentLanguageTest {

    @Test
    void outsideAVaadinRequestTheLanguageIsSwedish() {
        assertThat(new CurrentLanguage().get()).isEqualTo(Language.SV);
        assertThat(new CurrentLanguage().code()).isEqualTo("sv");
        assertThat(LanguageSelection.current()).isEqualTo(Language.SV);
    }
}
