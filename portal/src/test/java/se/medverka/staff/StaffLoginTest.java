package se.medverka.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import se.medverka.audit.AuditLog;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.TestEnvironment;
import se.medverka.testsupport.AuditTrail;

@SpringBootTest
class StaffLoginTest {

    @Autowired AuthenticationConfiguration authConfig;
    @Autowired StaffAccounts accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired AuditLog audit;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired AuditTrail auditTrail;

    @Test
    void theFirstAdministratorComesFromTheEnvironmentWithAnArgon2Hash() throws Exception {
        var admin = manager().authenticate(token(TestEnvironment.ADMIN_USERNAME, TestEnvironment.ADMIN_PASSWORD));
        assertThat(admin.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN");
        assertThat(encoder.encode("x")).startsWith("{argon2}$argon2id$");
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void wrongPasswordsAreAuditedButNeverLockTheAccount() throws Exception {
        // The old hard lock (5 wrong, then locked) let one try an hour keep an account locked for ever;
        // tries are throttled per connection instead (LocalSignInTest).
        accounts.create("locktest", "Lock Test", null, "correct-horse-battery");
        AuthenticationManager manager = manager();
        from("192.0.2.201");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(token("locktest", "wrong-password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        from("192.0.2.202");
        assertThat(manager.authenticate(token("locktest", "correct-horse-battery")).getName()).isEqualTo("locktest");
        assertThat(auditTrail.forSubject("staff_user", "locktest"))
                .extracting(AuditLog.Entry::action)
                .contains("USER_CREATED", "LOGIN_FAILED", "LOGIN");
    }

    @Test
    @WithMockUser(username = "boss", roles = "ADMIN")
    void rolesAreScopedToACommitteeAndAudited() {
        var account = accounts.create("handler1", "Handler One", "h1@example.org", "a-long-enough-password");
        accounts.grant(account.id(), StaffRole.HANDLER, 1L);
        assertThatThrownBy(() -> accounts.grant(account.id(), StaffRole.HANDLER, null))
                .isInstanceOf(StaffAccountException.class);
        assertThatThrownBy(() -> accounts.create("x", "Too short", null, "short"))
                .isInstanceOf(StaffAccountException.class).hasMessage("staff.users.form.username.error.invalid");
        assertThat(auditTrail.forSubject("staff_user", "handler1")).extracting(AuditLog.Entry::action)
                .containsExactly("USER_CREATED", "ROLE_GRANTED");
    }

    @Test
    @WithMockUser(username = "someone", roles = "HANDLER")
    void onlyAdministratorsManageAccounts() {
        assertThatThrownBy(() -> accounts.accounts())
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void aFailedSignInForNoSuchAccountKeepsNothingOfWhatWasTyped() throws Exception {
        String typed = "Sommar2026-mitt-losenord";
        assertThatThrownBy(() -> manager().authenticate(token(typed, "whatever-password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.sql("""
                select count(*) from audit_log
                 where actor ilike :t or subject_id ilike :t or detail ilike :t""")
                .param("t", "%" + typed + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'LOGIN_FAILED' and actor = 'unknown'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    @WithMockUser(username = "refused-handler", roles = "HANDLER")
    void aRefusedServiceCallOfASignedInPersonIsAudited() {
        assertThatThrownBy(() -> accounts.accounts())
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
        assertThat(jdbc.sql("""
                select count(*) from audit_log
                 where action = 'ACCESS_DENIED' and actor = 'refused-handler' and subject_id = 'StaffAccounts.accounts'""")
                .query(Long.class).single()).isEqualTo(1L);
    }

    /** The requests that follow come from {@code address} (the test framework's own mock request is 127.0.0.1). */
    private static void from(String address) {
        var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/personal/login");
        request.setRemoteAddr(address);
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
    }

    private AuthenticationManager manager() throws Exception {
        return authConfig.getAuthenticationManager();
    }

    private static UsernamePasswordAuthenticationToken token(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
