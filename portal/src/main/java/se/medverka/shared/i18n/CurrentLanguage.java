package se.medverka.shared.i18n;

import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;

/**
 * The language the person is using now, for services and views that store it with what the person
 * sends in (a complaint, a dialogue answer), so that replies can be written in the same language.
 * Inside a Vaadin request it is the UI's language; outside one (a scheduled job) it is Swedish.
 */
@Component
public class CurrentLanguage {

    public Language get() {
        return LanguageSelection.current(UI.getCurrent());
    }

    /** The code to store, e.g. {@code fit}; {@link Language#fromCode(String)} reads it back. */
    public String code() {
        return get().code();
    }
}
