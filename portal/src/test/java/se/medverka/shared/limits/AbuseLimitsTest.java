package se.medverka.shared.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/**
 * The limiter on the real PostgreSQL: what one node counts, every node sees; a restart forgets
 * nothing; an IPv6 /64 is one connection; only keyed hashes of the subjects are stored.
 */
@SpringBootTest
class AbuseLimitsTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    /** The complaint keys every node of one portal holds (the limits' hashing key is derived from them). */
    private static final String NODES_KEYS = "nodes:" + java.util.Base64.getEncoder().encodeToString(new byte[32]);

    /** A limiter as another node would build it: its own instance and pool, the same database and keys. */
    private AbuseLimits node(String proposalsRule) {
        return new AbuseLimits(dataSource, new MockEnvironment().withProperty("medverka.limits.proposal", proposalsRule)
                .withProperty("medverka.complaint.keys", NODES_KEYS), Clock.systemUTC());
    }

    private static String newAddress() {
        return "192.0.2." + NEXT.incrementAndGet();
    }

    @Test
    void twoNodesOnOneDatabaseShareTheCount() throws Exception {
        AbuseLimits a = node("3/PT1H");
        AbuseLimits b = node("3/PT1H");
        try {
            String address = newAddress();
            a.take(Limit.PROPOSAL, address);
            b.take(Limit.PROPOSAL, address);
            a.take(Limit.PROPOSAL, address);
            // Three in all: the fourth is refused on either node, not allowed three more on each.
            assertThatThrownBy(() -> b.take(Limit.PROPOSAL, address)).isInstanceOf(LimitReached.class);
            assertThatThrownBy(() -> a.take(Limit.PROPOSAL, address)).isInstanceOf(LimitReached.class);
            b.take(Limit.PROPOSAL, newAddress());
        } finally {
            a.destroy();
            b.destroy();
        }
    }

    @Test
    void aRestartDoesNotResetTheCount() throws Exception {
        String address = newAddress();
        AbuseLimits before = node("2/PT1H");
        before.take(Limit.PROPOSAL, address);
        before.take(Limit.PROPOSAL, address);
        before.destroy();

        AbuseLimits after = node("2/PT1H");
        try {
            assertThatThrownBy(() -> after.take(Limit.PROPOSAL, address)).isInstanceOfSatisfying(LimitReached.class, e -> {
                assertThat(e.limit()).isEqualTo(Limit.PROPOSAL);
                // Greedy refill: one more after half an hour at most.
                assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(30));
            });
        } finally {
            after.destroy();
        }
    }

    @Test
    void anIpv6Slash64CountsAsOneConnection() throws Exception {
        AbuseLimits limits = node("2/PT1H");
        try {
            int n = NEXT.incrementAndGet();
            limits.take(Limit.PROPOSAL, "2001:db8:" + n + ":7::1");
            limits.take(Limit.PROPOSAL, "2001:db8:" + n + ":7:ffff:ffff:ffff:fffe");
            assertThatThrownBy(() -> limits.take(Limit.PROPOSAL, "[2001:db8:" + n + ":7:abcd::42]"))
                    .isInstanceOf(LimitReached.class);
            // The next /64 is another connection.
            limits.take(Limit.PROPOSAL, "2001:db8:" + n + ":8::1");
        } finally {
            limits.destroy();
        }
    }

    @Test
    void addressesAreCountedPerNetwork() {
        assertThat(ClientAddress.network("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.network("2001:DB8:1:2::9%eth0")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.network("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.network(" 198.51.100.7 ")).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.network(null)).isNull();
        // Never resolved by DNS: a name is counted as the text it is.
        assertThat(ClientAddress.network("example.org")).isEqualTo("example.org");
    }

    @Test
    void aCallWithoutAnAddressIsTheSystemsOwnAndNotCounted() throws Exception {
        AbuseLimits limits = node("1/PT1H");
        try {
            for (int i = 0; i < 3; i++) {
                limits.take(Limit.PROPOSAL, null);
            }
            String address = newAddress();
            ClientAddress.as(address, () -> {
                limits.take(Limit.PROPOSAL, ClientAddress.current());
                return null;
            });
            assertThatThrownBy(() -> ClientAddress.as(address, () -> {
                limits.take(Limit.PROPOSAL, ClientAddress.current());
                return null;
            })).isInstanceOf(LimitReached.class);
        } finally {
            limits.destroy();
        }
    }

    @Test
    void givingBackMakesRoomAgainAndRecipientsCountCaseInsensitively() throws Exception {
        AbuseLimits limits = node("1/PT1H");
        try {
            String address = newAddress();
            limits.take(Limit.PROPOSAL, address, "scope");
            limits.giveBack(Limit.PROPOSAL, address, "scope");
            limits.take(Limit.PROPOSAL, address, "scope");
            assertThatThrownBy(() -> limits.take(Limit.PROPOSAL, address, "scope")).isInstanceOf(LimitReached.class);
            limits.take(Limit.PROPOSAL, address, "another scope");
        } finally {
            limits.destroy();
        }
    }

    @Test
    void onlyKeyedHashesOfTheSubjectsAreStored() throws Exception {
        AbuseLimits limits = node("5/PT1H");
        String address = "198.51.100." + (NEXT.incrementAndGet() % 250);
        try {
            limits.take(Limit.PROPOSAL, address);
            limits.takeForRecipient(Limit.CONFIRMATION_MAIL, "someone." + NEXT.get() + "@example.com");
        } finally {
            limits.destroy();
        }
        List<String> ids = jdbc.sql("select id from shared_limit_bucket").query(String.class).list();
        assertThat(ids).isNotEmpty().allMatch(id -> id.matches("[0-9a-f]{40}"));
        assertThat(jdbc.sql("select count(*) from shared_limit_bucket where expires_at is null").query(Long.class).single())
                .isZero();
    }

    @Test
    void theHashingKeyIsNeverAConstantButTheSameOnNodesWithTheSameKeys() {
        String derived = AbuseLimits.secret(new MockEnvironment().withProperty("medverka.complaint.keys", NODES_KEYS));
        assertThat(derived).isEqualTo(AbuseLimits.secret(new MockEnvironment().withProperty("medverka.complaint.keys", NODES_KEYS)));
        assertThat(AbuseLimits.secret(new MockEnvironment().withProperty("medverka.complaint.keys", "other:" + NODES_KEYS)))
                .isNotEqualTo(derived);
        assertThat(AbuseLimits.secret(new MockEnvironment())).isNotEqualTo(AbuseLimits.secret(new MockEnvironment()));
        assertThat(AbuseLimits.secret(new MockEnvironment().withProperty("medverka.limits.secret", "own"))).isEqualTo("own");
    }
}
