package se.medverka.shared.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id (Spring Security's 5.8 defaults: 16 MiB, 2 iterations) for staff passwords, at most as
 * many hashes at once as the JVM has processors. A hash is pure CPU, so more at once only makes each
 * slower; and each takes 16 MiB, so a burst of 200 logins would ask for 3 GiB of heap at the same
 * moment. The others wait their turn instead. (Complaint PINs use a keyed hash, see ComplaintCrypto.)
 */
public final class Argon2Hashing implements PasswordEncoder {

    /** One for the whole JVM: every encoder shares the same processors and heap. */
    private static final Semaphore SLOTS = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    private final PasswordEncoder argon2;
    private final Semaphore slots;

    public Argon2Hashing() {
        this(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), SLOTS);
    }

    Argon2Hashing(PasswordEncoder argon2, Semaphore slots) {
        this.argon2 = argon2;
        this.slots = slots;
    }

    @Override
    public String encode(CharSequence raw) {
        return bounded(() -> argon2.encode(raw));
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        return bounded(() -> argon2.matches(raw, encoded));
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return argon2.upgradeEncoding(encoded);
    }

    private <T> T bounded(Supplier<T> hash) {
        slots.acquireUninterruptibly();
        try {
            return hash.get();
        } finally {
            slots.release();
        }
    }
}
