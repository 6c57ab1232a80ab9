package se.medverka.complaint.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.medverka.shared.startup.ProductionReadiness;

/**
 * AES-256-GCM for the sensitive fields of complaints. Each ciphertext names the key it was made
 * with ({@code <key id>:<base64(iv || ciphertext || tag)>}), so keys can be rotated: put a new key
 * first in {@code MEDVERKA_COMPLAINT_KEYS}, keep the old ones after it until nothing uses them.
 * The associated data binds a ciphertext to its complaint and field, so that values cannot be
 * swapped between rows or columns unnoticed.
 */
@Component
public class ComplaintCrypto {

    private static final Logger log = LoggerFactory.getLogger(ComplaintCrypto.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKey> keys;
    private final String currentId;

    public ComplaintCrypto(ComplaintSettings settings, Environment environment) {
        String configured = settings.keys() == null ? "" : settings.keys().strip();
        if (configured.isEmpty()) {
            // A generated key next to the data protects nothing: only for trying the portal.
            if (!environment.matchesProfiles(ProductionReadiness.DEV_PROFILE)) {
                throw new IllegalStateException("MEDVERKA_COMPLAINT_KEYS is not set: the portal refuses to store "
                        + "complaints without an encryption key outside the dev profile.");
            }
            configured = devKey(Path.of(settings.devKeyFile()));
        }
        this.keys = parse(configured);
        this.currentId = keys.keySet().iterator().next();
    }

    /** Encrypts {@code plain} for {@code field} of the complaint with {@code reference}; null stays null. */
    public String encrypt(String plain, String reference, String field) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(reference, field));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return currentId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String stored, String reference, String field) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        SecretKey key = colon < 0 ? null : keys.get(stored.substring(0, colon));
        if (key == null) {
            throw new IllegalStateException("No key for a complaint field; is an old key missing from MEDVERKA_COMPLAINT_KEYS?");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(aad(reference, field));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed", e);
        }
    }

    public String currentKeyId() {
        return currentId;
    }

    /**
     * A keyed hash (HMAC-SHA256) of a complaint's PIN, bound to the complaint: {@code pin:<key id>:<base64>}.
     * The PIN is eight random digits, so any hash a thief of the database could compute would be
     * guessed in seconds, Argon2 included; a key that is not in the database makes the stored value
     * useless to them, and whoever has the key can read the complaint anyway. It is also cheap,
     * which keeps a submission fast when hundreds arrive at once.
     */
    public String pinHash(String pin, String reference) {
        return "pin:" + currentId + ":" + Base64.getEncoder().encodeToString(pinMac(currentId, pin, reference));
    }

    /** Whether {@code pin} is the one {@link #pinHash} made {@code stored} from; in constant time. */
    public boolean pinMatches(String pin, String reference, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":", 3);
        if (parts.length != 3 || !parts[0].equals("pin") || !keys.containsKey(parts[1])) {
            return false;
        }
        try {
            return MessageDigest.isEqual(pinMac(parts[1], pin, reference), Base64.getDecoder().decode(parts[2]));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private byte[] pinMac(String keyId, String pin, String reference) {
        try {
            // A key of its own for PINs, derived from the complaint key, so the AES key is never used as a MAC key.
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(keys.get(keyId).getEncoded(), "HmacSHA256"));
            byte[] pinKey = derive.doFinal("medverka complaint pin".getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pinKey, "HmacSHA256"));
            return mac.doFinal(("complaint:" + reference + ":pin:" + pin).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PIN hash failed", e);
        }
    }

    private static byte[] aad(String reference, String field) {
        return ("complaint:" + reference + ":" + field).getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, SecretKey> parse(String configured) {
        Map<String, SecretKey> parsed = new LinkedHashMap<>();
        for (String entry : configured.split(",")) {
            String[] idAndKey = entry.strip().split(":", 2);
            if (idAndKey.length != 2 || idAndKey[0].isBlank()) {
                throw new IllegalStateException("MEDVERKA_COMPLAINT_KEYS must list id:base64key entries, separated by commas");
            }
            byte[] raw = Base64.getDecoder().decode(idAndKey[1].strip());
            if (raw.length != 32) {
                throw new IllegalStateException("Complaint key '" + idAndKey[0] + "' must be 32 bytes (AES-256)");
            }
            parsed.put(idAndKey[0].strip(), new SecretKeySpec(raw, "AES"));
        }
        return parsed;
    }

    /**
     * A development key, generated once into a file outside the repository (.medverka/ is ignored by
     * git), so that complaints of the zero-config run survive a restart.
     */
    private static String devKey(Path file) {
        try {
            String value;
            if (Files.isRegularFile(file)) {
                value = Files.readString(file).strip();
            } else {
                byte[] raw = new byte[32];
                RANDOM.nextBytes(raw);
                value = "dev:" + Base64.getEncoder().encodeToString(raw);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, value);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system; the file stays as created
                }
            }
            log.warn("""

                    ==> NO COMPLAINT ENCRYPTION KEY (MEDVERKA_COMPLAINT_KEYS) IS SET.
                    ==> Using a DEVELOPMENT key from {}. Never run a real portal like this:
                    ==> set MEDVERKA_COMPLAINT_KEYS=<id>:<base64 of 32 random bytes> (without the dev profile the portal refuses to start without it).
                    """, file.toAbsolutePath());
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the development complaint key " + file, e);
        }
    }
}
