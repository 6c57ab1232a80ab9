package se.medverka.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PortalI18NProviderTest {

    private final PortalI18NProvider provider = new PortalI18NProvider(new FallbackChains());

    @Test
    void translatesFromTheLanguagesOwnBundle() {
        assertThat(provider.translate("shared.layout.language.label", Language.FI)).isEqualTo("Kieli");
        assertThat(provider.getTranslation("shared.layout.language.label", Language.YI.locale())).isEqualTo("שפּראַך");
    }

    @Test
    void aMissingKeyFallsBackAlongTheChainAndAnUnknownKeyIsShownAsItself() {
        assertThat(provider.hasOwn("no.such.key", Language.FIT)).isFalse();
        assertThat(provider.translate("no.such.key", Language.FIT)).isEqualTo("no.such.key");
    }

    @Test
    void parametersAreFormattedAndApostrophesSurvive() {
        assertThat(provider.translate("shared.staff.layout.user.label", Language.EN, "anna")).isEqualTo("Logged in as anna");
        assertThat(provider.translate("routing.servicetype.other.label", Language.EN)).isEqualTo("Other, or don't know");
    }

    @Test
    void samiPluralsKnowTheDual() {
        String pattern = "{0,plural,one{# ášši} two{# ášši (dual)} other{# ášši (plural)}}";
        assertThat(new com.ibm.icu.text.MessageFormat(pattern, com.ibm.icu.util.ULocale.forLanguageTag("se")).format(new Object[] {2}))
                .isEqualTo("2 ášši (dual)");
    }

    @Test
    void languagesWithoutJdkDataFormatDatesAsSwedishNotEnglish() {
        LocalDate date = LocalDate.of(2026, 3, 5);
        for (Language language : new Language[] {Language.FIT, Language.SMJ, Language.SMA, Language.ROM}) {
            String formatted = Formats.date(date, language.locale());
            assertThat(formatted).as(language.code()).isEqualTo(Formats.date(date, Locale.of("sv"))).doesNotContain("March");
        }
        assertThat(Formats.date(date, Language.EN.locale())).contains("March");
    }
}
