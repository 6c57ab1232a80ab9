package se.medverka.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.audit.AuditLog;

/**
 * Two nodes started at the same moment on a database without an administrator: both bootstrap,
 * one creates the administrator, the other finds it — neither fails to start.
 */
@SpringBootTest
class AdminBootstrapTest {

    @Autowired StaffUserRepository users;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @Autowired TransactionTemplate transactions;
    @Autowired ObjectProvider<IdentityProviderSettings> provider;
    @Autowired LocalLogin localLogin;
    @Autowired GroupMappingStore mappings;
    @Autowired Environment environment;

    @Test
    void twoNodesBootstrappingAtOnceMakeOneAdministratorAndBothStart() {
        List<Long> admins = jdbc.sql("""
                select distinct u.id from staff_user u join staff_role r on r.user_id = u.id
                 where r.role = 'ADMIN' and u.active""").query(Long.class).list();
        jdbc.sql("update staff_user set active = false where id in (:ids)").param("ids", admins).update();
        try {
            CountDownLatch start = new CountDownLatch(1);
            try (ExecutorService twoNodes = Executors.newFixedThreadPool(2)) {
                List<CompletableFuture<Void>> nodes = List.of(node(start, twoNodes), node(start, twoNodes));
                start.countDown();
                nodes.forEach(CompletableFuture::join);
            }
            assertThat(jdbc.sql("select count(*) from staff_user u join staff_role r on r.user_id = u.id"
                    + " where u.username = 'boot-admin' and r.role = 'ADMIN'").query(Long.class).single()).isEqualTo(1L);
            // The password came from the environment (someone else knows it): changed at the first sign-in.
            assertThat(jdbc.sql("select password_must_change from staff_user where username = 'boot-admin'")
                    .query(Boolean.class).single()).isTrue();
        } finally {
            jdbc.sql("delete from staff_user where username = 'boot-admin'").update();
            jdbc.sql("update staff_user set active = true where id in (:ids)").param("ids", admins).update();
        }
    }

    /** One node's bootstrap, in its own transaction as the application runs it. */
    private CompletableFuture<Void> node(CountDownLatch start, ExecutorService executor) {
        AdminBootstrap bootstrap = new AdminBootstrap(users, jdbc, encoder, audit, clock, environment, "boot-admin", "boot-admin-password-1",
                provider, localLogin, mappings);
        return CompletableFuture.runAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            transactions.executeWithoutResult(status -> bootstrap.run(null));
        }, executor);
    }
}
