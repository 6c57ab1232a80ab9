package se.medverka.shared.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import se.medverka.shared.startup.ProductionReadiness;

/**
 * In the {@code dev} profile, when no {@code spring.datasource.url} is configured, starts a real
 * PostgreSQL in-process (its data kept under {@code medverka.embedded-db.directory}) so that the
 * portal runs on a machine with nothing but a JDK. Never in production: the binaries are not even in
 * the production jar (an optional dependency), and without the profile the portal refuses to start
 * without a database.
 */
@Configuration(proxyBeanMethods = false)
@Profile(ProductionReadiness.DEV_PROFILE)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${medverka.embedded-db.directory:.medverka/pgdata}") String directory,
                                      @Value("${medverka.embedded-db.port:0}") int port) {
        try {
            Path dir = Path.of(directory).toAbsolutePath();
            Files.createDirectories(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false);
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.warn("""

                    ==> No database configured (spring.datasource.url): started an embedded PostgreSQL
                        at {} with its data in {}.
                        Set SPRING_DATASOURCE_URL/USERNAME/PASSWORD to use your own server.""",
                    postgres.getJdbcUrl("postgres", "postgres"), dir);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return postgres.getPostgresDatabase();
    }
}
