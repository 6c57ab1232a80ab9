package se.medverka.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates, numbers and counted messages come out right in every language. */
class FormatsAndPluralsTest {

    private static final List<String> ENGLISH_MONTHS = Arrays.stream(Month.values())
            .flatMap(m -> java.util.stream.Stream.of(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                    m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)))
            .toList();

    private final PortalI18NProvider i18n = new PortalI18NProvider(new FallbackChains());

    @Test
    void noEnglishMonthNameLeaksIntoAnyOtherLanguage() {
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            for (Month month : Month.values()) {
                LocalDate date = LocalDate.of(2026, month, 14);
                String formatted = Formats.date(date, language.locale()) + " | "
                        + Formats.dateTime(Instant.parse("2026-" + String.format("%02d", month.getValue()) + "-14T10:15:00Z"), language.locale());
                for (String english : ENGLISH_MONTHS) {
                    // "mars"/"april"/"augusti" are Swedish too; compare whole English words, case-sensitively.
                    assertThat(formatted.split("[\\s,.|]+")).as("%s: %s", language.code(), formatted).doesNotContain(english);
                }
            }
        }
        assertThat(Formats.date(LocalDate.of(2026, 3, 5), Language.EN.locale())).contains("March");
    }

    @Test
    void languagesWithoutLocaleDataUseSwedishDatesAndNumbers() {
        LocalDate date = LocalDate.of(2026, 10, 1);
        for (Language language : List.of(Language.FIT, Language.SMJ, Language.SMA, Language.ROM, Language.SV_EASY)) {
            assertThat(Formats.date(date, language.locale())).isEqualTo("1 oktober 2026");
            assertThat(Formats.number(1234.5, language.locale())).isEqualTo(Formats.number(1234.5, Locale.of("sv")));
        }
        assertThat(Formats.number(1234.5, Language.EN.locale())).isEqualTo("1,234.5");
    }

    @Test
    void theInformationListCountsPagesWithEachLanguagesPluralForms() {
        assertThat(count(Language.SV, 1)).isEqualTo("Här finns 1 sida.");
        assertThat(count(Language.SV, 4)).isEqualTo("Här finns 4 sidor.");
        assertThat(count(Language.EN, 1)).isEqualTo("There is 1 page.");
        assertThat(count(Language.EN, 4)).isEqualTo("There are 4 pages.");
        assertThat(count(Language.FI, 1)).isEqualTo("Täällä on 1 sivu.");
        assertThat(count(Language.FI, 4)).isEqualTo("Täällä on 4 sivua.");
        assertThat(count(Language.FIT, 1)).isEqualTo("Tääläkö oon 1 sivu.");
        assertThat(count(Language.FIT, 4)).isEqualTo("Tääläkö oon 4 sivua.");
        assertThat(count(Language.SE, 1)).isEqualTo("Dás lea 1 siidu.");
        assertThat(count(Language.SE, 2)).isEqualTo("Dás leat 2 siiddu.");
        assertThat(count(Language.ROM, 1)).isEqualTo("Kathe si 1 patrin.");
        assertThat(count(Language.ROM, 4)).isEqualTo("Kathe si 4 patrina.");
        assertThat(count(Language.YI, 1)).isEqualTo("דאָ איז 1 זײַט.");
        assertThat(count(Language.YI, 4)).isEqualTo("דאָ זענען 4 זײַטן.");
    }

    @Test
    void samiLanguagesHaveADualAndTheOthersDoNot() {
        for (Language sami : List.of(Language.SE, Language.SMJ, Language.SMA)) {
            PluralRules rules = PluralRules.forLocale(ULocale.forLanguageTag(sami.htmlLang()));
            assertThat(rules.select(1)).as(sami.code()).isEqualTo("one");
            assertThat(rules.select(2)).as(sami.code()).isEqualTo("two");
            assertThat(rules.select(3)).as(sami.code()).isEqualTo("other");
        }
        assertThat(PluralRules.forLocale(ULocale.forLanguageTag("fi")).select(2)).isEqualTo("other");
        assertThat(PluralRules.forLocale(ULocale.forLanguageTag("yi")).select(1)).isEqualTo("one");
    }

    private String count(Language language, int n) {
        return i18n.translate("information.list.count.text", language, n);
    }
}
