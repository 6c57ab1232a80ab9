package se.medverka.budget;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medverka.budget.BudgetRounds.RoundForm;
import se.medverka.budget.BudgetRounds.RoundText;
import se.medverka.shared.i18n.Language;

/**
 * A round's title and description in languages other than Swedish ({@code budget_round_text});
 * Swedish stays on the round. {@link BudgetRounds.Round#text} picks what a visitor sees.
 */
@Component
class RoundTexts {

    private final JdbcClient jdbc;

    RoundTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lengths, and no description without a title, in every language. */
    static void check(RoundForm f) {
        if (plain(f.description()).length() > BudgetRounds.MAX_DESCRIPTION) {
            throw new BudgetException("budget.round.description.error.length");
        }
        for (RoundText t : f.translations() == null ? Map.<Language, RoundText>of().values() : f.translations().values()) {
            if (t != null && (plain(t.title()).length() > BudgetRounds.MAX_TITLE || plain(t.description()).length() > BudgetRounds.MAX_DESCRIPTION
                    || plain(t.title()).isEmpty() && !plain(t.description()).isEmpty())) {
                throw new BudgetException("budget.round.translation.error.length");
            }
        }
    }

    /**
     * The language whose text a reader of {@code language} is shown: theirs if the round has it, else
     * its fallback's (meänkieli → Finnish, Lule → North Sami, …), else Swedish.
     */
    static Language shown(Map<Language, RoundText> translations, Language language) {
        for (Language l = language; l != null; l = l.defaultFallback().orElse(null)) {
            if (l == Language.SV || translations.containsKey(l)) {
                return l;
            }
        }
        return Language.SV;
    }

    /** The round's title as a reader of {@code language} is shown it ({@code swedish} is the round's own). */
    String title(long roundId, String swedish, Language language) {
        Map<Language, RoundText> translations = of(roundId);
        Language l = shown(translations, language);
        return l == Language.SV ? swedish : translations.get(l).title();
    }

    static String plain(String text) {
        return text == null ? "" : text.strip();
    }

    /** Replaces the round's texts; a language with a blank title is left out (it shows Swedish). */
    void save(long roundId, Map<Language, RoundText> translations) {
        jdbc.sql("delete from budget_round_text where round_id = :r").param("r", roundId).update();
        (translations == null ? Map.<Language, RoundText>of() : translations).forEach((language, text) -> {
            if (language != Language.SV && text != null && !plain(text.title()).isEmpty()) {
                jdbc.sql("insert into budget_round_text (round_id, language, title, description) values (:r, :l, :t, :d)")
                        .param("r", roundId).param("l", language.code()).param("t", plain(text.title()))
                        .param("d", plain(text.description())).update();
            }
        });
    }

    Map<Language, RoundText> of(long roundId) {
        Map<Language, RoundText> texts = new EnumMap<>(Language.class);
        jdbc.sql("select language, title, description from budget_round_text where round_id = :r").param("r", roundId)
                .query(rs -> {
                    var language = Language.fromCode(rs.getString(1));
                    if (language.isPresent()) {
                        texts.put(language.get(), new RoundText(rs.getString(2), rs.getString(3)));
                    }
                });
        return Map.copyOf(texts);
    }
}
