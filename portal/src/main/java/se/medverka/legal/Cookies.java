package se.medverka.legal;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.medverka.shared.i18n.LanguageSelection;

/**
 * Every cookie the portal sets, for the page "Personuppgifter och kakor". The names come from the
 * settings that name them, so a renamed cookie stays listed; {@code LegalPagesIT} compares this list
 * with the cookies chromium holds after a whole journey.
 */
@Component
public class Cookies {

    /** One cookie: its name and the translation keys of why it is set and how long it lives. */
    public record Cookie(String name, String purposeKey, String lifetimeKey) {
    }

    private final List<Cookie> all;

    Cookies(@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        this.all = List.of(
                new Cookie(sessionCookie, "legal.privacy.cookie.session.purpose", "legal.privacy.cookie.session.lifetime"),
                new Cookie(LanguageSelection.COOKIE, "legal.privacy.cookie.language.purpose", "legal.privacy.cookie.language.lifetime"));
    }

    public List<Cookie> all() {
        return all;
    }
}
