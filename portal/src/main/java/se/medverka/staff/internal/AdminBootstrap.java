package se.medverka.staff.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.startup.ProductionReadiness;

/**
 * Creates the first administrator when there is none: from {@code MEDVERKA_ADMIN_USERNAME} and
 * {@code MEDVERKA_ADMIN_PASSWORD}, or — only in the {@code dev} profile, so that no password is ever
 * baked into the code — with a random password printed once to the console. Production without
 * either refuses to start ({@link AdministratorRequirement}).
 */
@Component
@Order(0) // before any other start-up work that looks for an administrator (the dev profile's demo staff)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    /** Any fixed number: the key of the PostgreSQL advisory lock under which nodes bootstrap. */
    private static final long BOOTSTRAP_LOCK = 0x4d56_4164_6d69_6eL;

    private final StaffUserRepository users;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final String username;
    private final String password;
    private final IdentityProviderSettings provider;
    private final LocalLogin localLogin;
    private final GroupMappingStore mappings;
    private final boolean dev;

    AdminBootstrap(StaffUserRepository users, JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit, Clock clock,
                   Environment environment,
                   @Value("${medverka.admin.username:admin}") String username,
                   @Value("${medverka.admin.password:}") String password,
                   ObjectProvider<IdentityProviderSettings> provider, LocalLogin localLogin, GroupMappingStore mappings) {
        this.provider = provider.getIfAvailable();
        this.localLogin = localLogin;
        this.mappings = mappings;
        this.users = users;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.username = username;
        this.password = password;
        this.dev = environment.matchesProfiles(ProductionReadiness.DEV_PROFILE);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // Nodes started together on an empty database would both create the administrator, and the
        // loser would fail to start; the lock makes the second wait and then find the first's.
        jdbc.sql("select pg_advisory_xact_lock(?)").param(BOOTSTRAP_LOCK).query().singleRow();
        if (provider != null && !provider.adminGroup().isBlank() && mappings.add(provider.adminGroup(), StaffRole.ADMIN, null)) {
            // With the city's provider the first administrators are the members of this group.
            audit.record("system", "GROUP_MAPPING_ADDED", "staff_group", provider.adminGroup(), StaffRole.ADMIN.name());
            log.info("Members of the group '{}' are administrators (MEDVERKA_OIDC_ADMIN_GROUP)", provider.adminGroup());
        }
        if (!localLogin.enabled()) {
            // No local password opens the staff area while the provider is configured: none is made.
            return;
        }
        if (users.existsActiveWithRole(StaffRole.ADMIN)) {
            return;
        }
        boolean generated = password.isBlank();
        if (generated && !dev) {
            throw new IllegalStateException("No administrator and no MEDVERKA_ADMIN_PASSWORD: a random password is only printed in the dev profile");
        }
        String secret = generated ? randomPassword() : password;
        StaffUser admin = users.findByUsernameIgnoreCase(username).orElseGet(() -> {
            StaffUser created = new StaffUser(username, "Administrator", null, encoder.encode(secret), clock.instant());
            // Whoever set the environment (or read the console) knows it: the person sets their own at first sign-in.
            created.passwordChosenByOthers();
            return users.save(created);
        });
        admin.grant(StaffRole.ADMIN, null);
        audit.record("system", "ADMIN_CREATED", "staff_user", username, null);
        if (generated) {
            log.warn("""

                    ==> First administrator created: username '{}', password '{}'
                        (shown only now; set MEDVERKA_ADMIN_PASSWORD to choose it yourself).""", username, secret);
        } else {
            log.info("First administrator '{}' created from the environment", username);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
