package se.medverka.dialogue.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a support or a report remembers of the browser session that gave it: a keyed hash
 * (HMAC-SHA256), never the session id itself, so that a copy of the database hands nobody a live
 * session. Without {@code medverka.dialogue.session-hash-key} (Base64, at least 32 bytes) the key is
 * drawn at start: enough, because a session lives on one node and does not outlive its restart.
 * Nodes that share sessions set the same key.
 */
@Component
public class SessionHash {

    private final SecretKeySpec key;

    SessionHash(@Value("${medverka.dialogue.session-hash-key:}") String configured) {
        byte[] bytes;
        if (configured == null || configured.isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = java.util.Base64.getDecoder().decode(configured.strip());
            if (bytes.length < 32) {
                throw new IllegalStateException("medverka.dialogue.session-hash-key must be at least 32 bytes (Base64)");
            }
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public String of(String sessionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(sessionId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
