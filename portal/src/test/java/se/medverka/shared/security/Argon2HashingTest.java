package se.medverka.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class Argon2HashingTest {

    @Test
    void hashesAndChecksWithArgon2id() {
        Argon2Hashing hashing = new Argon2Hashing();
        String hash = hashing.encode("12345678");
        assertThat(hash).startsWith("$argon2id$");
        assertThat(hashing.matches("12345678", hash)).isTrue();
        assertThat(hashing.matches("12345679", hash)).isFalse();
    }

    @Test
    void neverMoreHashesAtOnceThanItsSlots() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        PasswordEncoder slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return "hash";
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return encode(raw).equals(encoded);
            }
        };
        Argon2Hashing hashing = new Argon2Hashing(slow, new Semaphore(2));
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 40; i++) {
                int n = i;
                threads.submit(() -> n % 2 == 0 ? hashing.encode("pin") : hashing.matches("pin", "hash"));
            }
        }
        assertThat(most.get()).isEqualTo(2);
    }
}
