package se.medverka.shared.infra;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A database from before the renumbering is refused with the way out; today's passes. */
@SpringBootTest
class OldMigrationNumberingTest {

    @Autowired Flyway flyway;
    @Autowired JdbcClient jdbc;

    @Test
    void todaysDatabasePasses() {
        assertThatCode(() -> OldMigrationNumbering.check(flyway)).doesNotThrowAnyException();
    }

    @Test
    void aDatabaseMigratedWithTheOldNumberingIsRefusedWithTheWayOut() {
        // Flyway reads the history over its own connection: the pretended old row is committed, then removed.
        jdbc.sql("""
                insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,
                    installed_by, execution_time, success)
                values ((select max(installed_rank) + 1 from flyway_schema_history), '60', 'followup', 'SQL',
                    'V60__followup.sql', 0, 'test', 0, true)""").update();
        try {
            assertThatThrownBy(() -> OldMigrationNumbering.check(flyway))
                    .hasMessageContaining("portal/.medverka/pgdata").hasMessageContaining("./mvnw clean");
        } finally {
            jdbc.sql("delete from flyway_schema_history where version = '60'").update();
        }
    }
}
