package se.medverka.complaint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** AES-GCM with key ids: rotation, binding to complaint and field, the PIN's keyed hash, and no start without a key in production. */
class ComplaintCryptoTest {

    @TempDir Path dir;

    private static String key(String id) {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        return id + ":" + Base64.getEncoder().encodeToString(raw);
    }

    private ComplaintCrypto crypto(String keys, String... profiles) {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles(profiles);
        return new ComplaintCrypto(new ComplaintSettings(keys, dir.resolve("dev.key").toString(), Duration.ZERO,
                5, Duration.ofHours(1), 5, Duration.ofMinutes(15), "P2Y", "-"), env);
    }

    @Test
    void anOldKeyStillDecryptsAfterRotationAndNewValuesUseTheNewKey() {
        String k1 = key("k1");
        String k2 = key("k2");
        String stored = crypto(k1).encrypt("Jag blev kallad ett skällsord", "ref-1", "what");
        assertThat(stored).startsWith("k1:").doesNotContain("skällsord");

        ComplaintCrypto rotated = crypto(k2 + "," + k1);
        assertThat(rotated.decrypt(stored, "ref-1", "what")).isEqualTo("Jag blev kallad ett skällsord");
        assertThat(rotated.encrypt("ny", "ref-2", "what")).startsWith("k2:");
        assertThat(crypto(k2).currentKeyId()).isEqualTo("k2");
        assertThatThrownBy(() -> crypto(k2).decrypt(stored, "ref-1", "what")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aValueMovedToAnotherComplaintOrFieldDoesNotDecrypt() {
        ComplaintCrypto c = crypto(key("k1"));
        String stored = c.encrypt("aino@example.com", "ref-1", "email");
        assertThatThrownBy(() -> c.decrypt(stored, "ref-2", "email")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> c.decrypt(stored, "ref-1", "name")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPinHashMatchesOnlyItsPinOnItsComplaintAndNeedsTheKeyNotInTheDatabase() {
        String k1 = key("k1");
        String stored = crypto(k1).pinHash("12345678", "ref-1");
        assertThat(stored).startsWith("pin:k1:").doesNotContain("12345678");
        assertThat(crypto(k1).pinHash("12345678", "ref-2")).as("bound to its complaint").isNotEqualTo(stored);
        assertThat(crypto(k1).pinMatches("12345678", "ref-1", stored)).isTrue();
        assertThat(crypto(k1).pinMatches("12345679", "ref-1", stored)).isFalse();
        assertThat(crypto(k1).pinMatches("12345678", "ref-2", stored)).isFalse();
        // Whoever has the database but not the key cannot check a guess, not even with another key.
        assertThat(crypto(key("k1")).pinMatches("12345678", "ref-1", stored)).isFalse();
        assertThat(crypto(key("k2") + "," + k1).pinMatches("12345678", "ref-1", stored)).as("after rotation").isTrue();
        assertThat(crypto(k1).pinMatches("12345678", "ref-1", "pin:k1:not base64!")).isFalse();
        assertThat(crypto(k1).pinMatches("12345678", "ref-1", null)).isFalse();
    }

    @Test
    void withoutAKeyTheDevProfileGetsAGeneratedOneAndAnyOtherStartIsRefused() {
        ComplaintCrypto dev = crypto("", "dev");
        assertThat(dev.currentKeyId()).isEqualTo("dev");
        // The same file gives the same key: complaints survive a restart of the zero-config run.
        String stored = dev.encrypt("text", "r", "what");
        assertThat(crypto("", "dev").decrypt(stored, "r", "what")).isEqualTo("text");

        assertThatThrownBy(() -> crypto("")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MEDVERKA_COMPLAINT_KEYS");
        assertThatThrownBy(() -> crypto("", "production")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MEDVERKA_COMPLAINT_KEYS");
        assertThatThrownBy(() -> crypto("short:" + Base64.getEncoder().encodeToString(new byte[8])))
                .isInstanceOf(IllegalStateException.class);
    }
}
