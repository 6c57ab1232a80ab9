package se.medverka.notification.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.PortalI18NProvider;

/**
 * Queues a mail whose subject and body are the translations of {@code <key>.subject} and
 * {@code <key>.body} in the recipient's language, both formatted with the same arguments. The
 * listeners only decide who gets which mail.
 */
@Component
class TranslatedMail {

    private final MailOutbox outbox;
    private final PortalI18NProvider i18n;
    private final String baseUrl;

    TranslatedMail(MailOutbox outbox, PortalI18NProvider i18n,
                   @Value("${medverka.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.i18n = i18n;
        this.baseUrl = baseUrl;
    }

    /** The portal's public address, for links in mails. */
    String baseUrl() {
        return baseUrl;
    }

    /** A mail to a resident (personal: redacted once sent); {@code about} names what it concerns, or null. */
    void queuePersonal(String recipient, String about, Language language, String key, Object... args) {
        outbox.queuePersonal(recipient, i18n.translate(key + ".subject", language, args),
                i18n.translate(key + ".body", language, args), about);
    }

    void queue(String recipient, Language language, String key, Object... args) {
        outbox.queue(recipient, i18n.translate(key + ".subject", language, args), i18n.translate(key + ".body", language, args));
    }
}
