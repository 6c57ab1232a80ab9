package se.medverka.council.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import se.medverka.shared.startup.ProductionReadiness;

/** Production refuses to start without the council members' address hash key; there is no default. */
class AddressHashKeyRequirementTest {

    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="; // 32 bytes

    @Test
    void noKeyOrAShortOrMalformedOneIsRefusedNamingTheVariable() {
        for (MockEnvironment env : List.of(new MockEnvironment(),
                new MockEnvironment().withProperty("medverka.council.address-hash-key", " "),
                new MockEnvironment().withProperty("medverka.council.address-hash-key", "dG9vIHNob3J0"),
                new MockEnvironment().withProperty("medverka.council.address-hash-key", "not base64 at all!"))) {
            assertThat(ProductionReadiness.missing(List.of(new AddressHashKeyRequirement()), env)).singleElement()
                    .satisfies(line -> assertThat(line).startsWith("the council members' address hash key: ")
                            .contains("MEDVERKA_COUNCIL_ADDRESS_HASH_KEY"));
        }
    }

    @Test
    void aKeyOfThirtyTwoBytesIsEnough() {
        MockEnvironment env = new MockEnvironment().withProperty("medverka.council.address-hash-key", KEY);
        assertThat(ProductionReadiness.missing(List.of(new AddressHashKeyRequirement()), env)).isEmpty();
    }

    @Test
    void theHashHasNoBuiltInKeyAndDependsOnTheKeyGiven() {
        assertThatThrownBy(() -> new AddressHash("")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("medverka.council.address-hash-key");
        assertThat(new AddressHash(KEY).of(" Ann@Example.org ")).isEqualTo(new AddressHash(KEY).of("ann@example.org"))
                .isNotEqualTo(new AddressHash("ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=").of("ann@example.org"));
    }
}
