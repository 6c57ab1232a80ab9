package se.medverka.dialogue;

import java.util.List;
import se.medverka.shared.i18n.Language;

/** The five national minorities (lag 2009:724) and the languages a samråd with each is written in. */
public enum Minority {
    JEWS("dialogue.samrad.minority.jews.label", List.of(Language.YI)),
    ROMA("dialogue.samrad.minority.roma.label", List.of(Language.ROM)),
    SAMI("dialogue.samrad.minority.sami.label", List.of(Language.SE, Language.SMJ, Language.SMA)),
    SWEDISH_FINNS("dialogue.samrad.minority.swedishfinns.label", List.of(Language.FI)),
    TORNEDALIANS("dialogue.samrad.minority.tornedalians.label", List.of(Language.FIT));

    private final String labelKey;
    private final List<Language> languages;

    Minority(String labelKey, List<Language> languages) {
        this.labelKey = labelKey;
        this.languages = languages;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The minority's languages, in which the samråd's texts should be written. */
    public List<Language> languages() {
        return languages;
    }
}
