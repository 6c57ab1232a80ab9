package se.medverka.shared.limits;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The one limiter of public writes. Each limit and subject is a Bucket4j token bucket kept in
 * PostgreSQL ({@code shared_limit_bucket}, updated under {@code SELECT … FOR UPDATE}), so every node
 * counts against the same bucket and a restart forgets nothing. A service calls it in one line at its
 * entry, before it checks or stores anything; a refusal is {@link LimitReached}.
 *
 * <p>The buckets are read and written on connections of a small pool of their own, each in a
 * transaction of its own: the count stays when the caller's transaction rolls back (a wrong PIN is
 * counted), and a request that already holds a connection of the main pool never waits for a second
 * one from that same pool (which, with every connection so held, would wait for ever).
 */
@Component
public class AbuseLimits implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AbuseLimits.class);
    private static final String PROPERTY = "medverka.limits.";

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final HikariDataSource ownPool;
    private final Map<Limit, BucketConfiguration> configurations = new EnumMap<>(Limit.class);
    private final Map<Limit, String> specs = new EnumMap<>(Limit.class);
    private final SecretKeySpec key;

    public AbuseLimits(DataSource dataSource, Environment environment, Clock clock) {
        for (Limit limit : Limit.values()) {
            String spec = environment.getProperty(PROPERTY + limit.property(), limit.defaults());
            io.github.bucket4j.ConfigurationBuilder builder = BucketConfiguration.builder();
            for (Limit.Rate rate : Limit.parse(spec)) {
                builder.addLimit(Bandwidth.builder().capacity(rate.count()).refillGreedy(rate.count(), rate.period()).build());
            }
            configurations.put(limit, builder.build());
            // Part of the bucket's id: changed numbers start new buckets instead of reading old state.
            specs.put(limit, Limit.parse(spec).toString());
        }
        // Subjects are personal data (addresses): only a keyed hash of them is stored, and the key is
        // never a constant, or a dump's reader could hash all 2^32 IPv4 addresses and find who wrote.
        this.key = new SecretKeySpec(secret(environment).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.ownPool = ownPool(dataSource, environment.getProperty(PROPERTY + "pool-size", Integer.class, 4));
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(ownPool == null ? dataSource : ownPool)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("shared_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .clientClock(time)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /**
     * Counts one more {@code limit} from the network of {@code clientAddress} (IPv6 per /64), within
     * {@code scope} if given (e.g. a case number); refuses with {@link LimitReached} when the bucket
     * is empty. Nothing is counted for a call without an address (the system's own, not a request).
     */
    public void take(Limit limit, String clientAddress, String... scope) {
        String network = ClientAddress.network(clientAddress);
        if (network != null) {
            consume(limit, "net " + network + scope(scope));
        }
    }

    /** Gives back what {@link #take} counted (a right code is no guess). */
    public void giveBack(Limit limit, String clientAddress, String... scope) {
        String network = ClientAddress.network(clientAddress);
        if (network != null) {
            bucket(limit, "net " + network + scope(scope)).addTokens(1);
        }
    }

    /** Counts one more mail to {@code email} (case-insensitive); refuses when too many were sent. */
    public void takeForRecipient(Limit limit, String email) {
        if (email != null && !email.isBlank()) {
            consume(limit, "mail " + email.strip().toLowerCase(Locale.ROOT));
        }
    }

    /** Deletes buckets that have been full again for a while (they would start full anyway). */
    @Scheduled(fixedDelayString = "${medverka.limits.cleanup-interval:PT10M}",
            initialDelayString = "${medverka.limits.cleanup-interval:PT10M}")
    public int removeExpired() {
        int removed = 0;
        int batch;
        do {
            batch = buckets.removeExpired(1000);
            removed += batch;
        } while (batch == 1000);
        if (removed > 0) {
            log.debug("Removed {} expired limit buckets", removed);
        }
        return removed;
    }

    @Override
    public void destroy() {
        if (ownPool != null) {
            ownPool.close();
        }
    }

    private void consume(Limit limit, String subject) {
        ConsumptionProbe probe = bucket(limit, subject).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new LimitReached(limit, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private BucketProxy bucket(Limit limit, String subject) {
        return buckets.builder().build(id(limit, subject), configurations.get(limit));
    }

    private String id(Limit limit, String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((limit.property() + " " + specs.get(limit) + " " + subject)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 20);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String scope(String... scope) {
        return scope.length == 0 ? "" : " in " + String.join(" ", scope);
    }

    /** A small pool beside the main one, with the same server and credentials; null if the main one is no Hikari pool. */
    private static HikariDataSource ownPool(DataSource main, int size) {
        try {
            if (!main.isWrapperFor(HikariDataSource.class)) {
                return null;
            }
            HikariConfig config = new HikariConfig();
            main.unwrap(HikariDataSource.class).copyStateTo(config);
            config.setPoolName("medverka-limits");
            config.setMaximumPoolSize(size);
            // One connection is kept open for the limits (so a server that is full with the main pools'
            // connections cannot starve them), more only while many write at once; the portal starts
            // even if that first connection cannot be had yet.
            config.setMinimumIdle(Math.min(1, size));
            config.setIdleTimeout(Duration.ofMinutes(1).toMillis());
            config.setInitializationFailTimeout(-1);
            return new HikariDataSource(config);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open the limits' connection pool", e);
        }
    }

    /**
     * {@code medverka.limits.secret} if set; otherwise derived from the complaint keys, which every node
     * holds and production cannot start without (so all nodes count alike, and a restart does not
     * reset); in development without configured keys, a random one for this process.
     */
    static String secret(org.springframework.core.env.Environment environment) {
        String own = environment.getProperty(PROPERTY + "secret", "");
        if (!own.isBlank()) {
            return own;
        }
        String complaintKeys = environment.getProperty("medverka.complaint.keys", "");
        if (!complaintKeys.isBlank()) {
            return "medverka abuse limits\n" + complaintKeys;
        }
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.HexFormat.of().formatHex(random);
    }
}
