package se.medverka.council.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keyed hash (HMAC-SHA256) that finds a member by the address they type to get a sign-in link,
 * while the address itself is only stored sealed. The key is {@code medverka.council.address-hash-key}
 * (Base64, at least 32 bytes; production refuses to start without it, see
 * {@link AddressHashKeyRequirement}); it must stay the same for as long as the members' rows exist.
 */
@Component
public class AddressHash {

    static final String PROPERTY = "medverka.council.address-hash-key";

    private final SecretKeySpec key;

    AddressHash(@Value("${" + PROPERTY + ":}") String configured) {
        if (!valid(configured)) {
            // Production is refused before this by AddressHashKeyRequirement; the dev profile sets one.
            throw new IllegalStateException(PROPERTY + " must be set, Base64 of at least 32 bytes");
        }
        this.key = new SecretKeySpec(Base64.getDecoder().decode(configured.strip()), "HmacSHA256");
    }

    /** Whether {@code configured} is Base64 of at least 32 bytes. */
    static boolean valid(String configured) {
        if (configured == null || configured.isBlank()) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(configured.strip()).length >= 32;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    public String of(String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
