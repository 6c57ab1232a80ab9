package se.medverka.staff.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.medverka.shared.startup.StartupRequirement;

/**
 * Someone must be able to sign in to the staff area: the first administrator's password from the
 * environment, or an administrator already in the configured database (so the password need not stay
 * in the environment after the first start). Outside the dev profile no password is generated.
 */
@Component
class AdministratorRequirement implements StartupRequirement {

    static final String NEED = "an administrator";

    @Override
    public String need() {
        return NEED;
    }

    @Override
    public boolean isMet(Environment environment) {
        return StartupRequirement.isSet(environment, "medverka.admin.password") || administratorInDatabase(environment);
    }

    @Override
    public String howTo() {
        return "set MEDVERKA_ADMIN_USERNAME and MEDVERKA_ADMIN_PASSWORD (the first administrator, created when the database has none)";
    }

    /** Asked before the connection pool exists, so with one plain connection; any failure counts as "none". */
    private static boolean administratorInDatabase(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            return false;
        }
        Properties properties = new Properties();
        properties.setProperty("user", environment.getProperty("spring.datasource.username", ""));
        properties.setProperty("password", environment.getProperty("spring.datasource.password", ""));
        properties.setProperty("connectTimeout", "5");
        try (Connection connection = DriverManager.getConnection(url, properties);
             Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("""
                     select exists (select 1 from staff_role r join staff_user u on u.id = r.user_id
                                    where r.role = 'ADMIN' and u.active)""")) {
            return exists.next() && exists.getBoolean(1);
        } catch (SQLException noDatabaseOrNoTableYet) {
            return false;
        }
    }
}
