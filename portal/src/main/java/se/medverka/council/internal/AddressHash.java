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
 * (Base64, at least 32 bytes); it must stay the same for as long as the members' rows exist.
 */
@Component
public class AddressHash {

    private final SecretKeySpec key;

    AddressHash(@Value("${medverka.council.address-hash-key:bWVkdmVya2EtY291bmNpbC1kZXZlbG9wbWVudC1rZXktMzI=}") String configured) {
        byte[] bytes = Base64.getDecoder().decode(configured);
        if (bytes.length < 32) {
            throw new IllegalStateException("medverka.council.address-hash-key must be at least 32 bytes (Base64)");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
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
