package se.medverka.budget.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medverka.shared.security.PersonalDataSeal;

/**
 * The keyed hashes that stop a second vote without storing an identity number. Each round has a
 * random key of its own, stored only sealed with the portal's personal-data key (so a copy of the
 * database cannot be used to test identity numbers). From it two keys are derived: one for the
 * voter hash ({@code budget_voter}) and one for the ballot's replace tag ({@code budget_ballot}),
 * so that the two columns never hold the same value and no join can link them.
 */
@Component
public class VoterKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PersonalDataSeal seal;
    private final Map<Long, byte[]> opened = new ConcurrentHashMap<>();

    VoterKeys(JdbcClient jdbc, PersonalDataSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    /** A new round's key, sealed for the row that will hold it (the id is not known yet: the context is fixed). */
    public String newSealedKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return seal.seal(Base64.getEncoder().encodeToString(key), CONTEXT);
    }

    private static final String CONTEXT = "budget_round.voter_key";

    /** The hash that marks {@code identityNumber} as having voted in the round. */
    public String voterHash(long roundId, String identityNumber) {
        return hmac(derived(roundId, "voter"), identityNumber);
    }

    /** The tag that lets the same person replace their ballot while voting is open. */
    public String replaceTag(long roundId, String identityNumber) {
        return hmac(derived(roundId, "replace"), identityNumber);
    }

    /** A one-time voting code as stored: a plain hash is enough, the code itself is random and long. */
    public static String codeHash(String code) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] derived(long roundId, String purpose) {
        byte[] key = opened.computeIfAbsent(roundId, id -> Base64.getDecoder().decode(seal.open(
                jdbc.sql("select voter_key from budget_round where id = :id").param("id", id).query(String.class).single(),
                CONTEXT)));
        return HexFormat.of().parseHex(hmac(key, purpose));
    }

    private static String hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
