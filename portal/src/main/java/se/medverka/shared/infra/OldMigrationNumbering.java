package se.medverka.shared.infra;

import java.util.Arrays;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The migrations were renumbered into one sequence on 2026-11-24 (before any deployment): a
 * database migrated with the old per-module ranges (V20 complaint … V60 followup) would otherwise
 * fail Flyway's validation with a message that does not say what to do. Such a database is refused
 * with the way out instead; nothing is changed in it.
 */
@Configuration(proxyBeanMethods = false)
class OldMigrationNumbering {

    /** Versions only the old numbering had, with the description each had there. */
    private static final Set<String> OLD = Set.of("20 complaint", "30 dialogue", "40 consultation",
            "50 information pages", "51 information seed pages", "60 followup");

    @Bean
    FlywayMigrationStrategy refuseOldNumbering() {
        return flyway -> {
            check(flyway);
            flyway.migrate();
        };
    }

    static void check(Flyway flyway) {
        boolean old = Arrays.stream(flyway.info().applied())
                .map(OldMigrationNumbering::versionAndDescription)
                .anyMatch(OLD::contains);
        if (old) {
            throw new IllegalStateException("""
                    This database was migrated with the migration numbering used before 2026-11-24 \
                    (V20 complaint … V60 followup). The migrations are now one sequence (README, docs/architecture.md). \
                    A development database is reset by stopping the portal, deleting portal/.medverka/pgdata and \
                    running ./mvnw clean; no deployed database has the old numbering.""");
        }
    }

    private static String versionAndDescription(MigrationInfo info) {
        return (info.getVersion() == null ? "R" : info.getVersion().getVersion()) + " " + info.getDescription().toLowerCase();
    }
}
