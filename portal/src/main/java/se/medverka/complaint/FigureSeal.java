package se.medverka.complaint;

import org.springframework.stereotype.Component;
import se.medverka.complaint.internal.ComplaintCrypto;

/**
 * Seals figures derived from complaints with the complaint key, for the follow-up module: even
 * counts can name a complaint's grounds when a committee has few complaints in a month, and the
 * case register keeps each case's committee and time. What it seals is padded to a multiple of
 * {@link #BLOCK} characters, so that the ciphertext's length does not tell how many kinds of
 * ground or service a month had. {@code context} binds a sealed value to its row (as the
 * complaint's reference does for its fields), so rows cannot be swapped unnoticed.
 */
@Component
public class FigureSeal {

    static final int BLOCK = 1024;

    private final ComplaintCrypto crypto;

    FigureSeal(ComplaintCrypto crypto) {
        this.crypto = crypto;
    }

    public String seal(String plain, String context) {
        int padded = (plain.length() / BLOCK + 1) * BLOCK;
        return crypto.encrypt(plain + "\n" + " ".repeat(padded - plain.length() - 1), "figures:" + context, "counts");
    }

    public String open(String sealed, String context) {
        return crypto.decrypt(sealed, "figures:" + context, "counts").stripTrailing();
    }

    /** Whether {@code sealed} was made with an older key than the current one (the rotation command re-seals it). */
    public boolean oldKey(String sealed) {
        return !sealed.startsWith(crypto.currentKeyId() + ":");
    }
}
