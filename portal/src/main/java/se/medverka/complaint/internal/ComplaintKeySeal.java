package se.medverka.complaint.internal;

import org.springframework.stereotype.Component;
import se.medverka.shared.security.PersonalDataSeal;

/**
 * The complaint key offered to other modules for a resident's personal data (see
 * {@link PersonalDataSeal}); the associated data starts with {@code personal:} so such a
 * ciphertext can never pass for a complaint's field.
 */
@Component
class ComplaintKeySeal implements PersonalDataSeal {

    private final ComplaintCrypto crypto;

    ComplaintKeySeal(ComplaintCrypto crypto) {
        this.crypto = crypto;
    }

    @Override
    public String seal(String plain, String context) {
        return crypto.encrypt(plain, "personal:" + context, "value");
    }

    @Override
    public String open(String sealed, String context) {
        return crypto.decrypt(sealed, "personal:" + context, "value");
    }

    @Override
    public boolean oldKey(String sealed) {
        return sealed != null && !sealed.startsWith(crypto.currentKeyId() + ":");
    }
}
