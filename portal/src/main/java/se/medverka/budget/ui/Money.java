package se.medverka.budget.ui;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import java.util.Locale;
import se.medverka.shared.i18n.Language;

/** Sums in kronor, written the way the reader's language writes money (no öre). */
final class Money {

    private Money() {
    }

    static String format(long kronor, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Language.fromLocale(locale).formatLocale());
        f.setCurrency(Currency.getInstance("SEK"));
        f.setMaximumFractionDigits(0);
        f.setMinimumFractionDigits(0);
        return f.format(kronor);
    }
}
