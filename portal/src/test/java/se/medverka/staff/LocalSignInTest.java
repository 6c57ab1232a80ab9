package se.medverka.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.medverka.audit.AuditLog;
import se.medverka.shared.security.StaffRole;
import se.medverka.staff.internal.LocalSecondStep;
import se.medverka.staff.internal.LocalSecondStep.Stage;
import se.medverka.staff.internal.LocalSignIn;
import se.medverka.testsupport.AuditTrail;
import se.medverka.testsupport.StaffFixtures;

/**
 * The break-glass administrator's sign-in with the second factor and the first-sign-in password
 * change switched on (as in production): password, TOTP enrolment, code, own password; throttling
 * per connection instead of a lock that a stranger could keep up.
 */
@SpringBootTest(properties = {"medverka.staff.local.second-factor=true", "medverka.staff.local.password-change=true"})
class LocalSignInTest {

    @Autowired AuthenticationConfiguration authConfig;
    @Autowired StaffAccounts accounts;
    @Autowired LocalSecondStep secondStep;
    @Autowired AuditTrail auditTrail;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aFirstSignInEnrolsTheSecondFactorSetsTheOwnPasswordAndIsAudited() throws Exception {
        String name = "bg-first-" + System.nanoTime() % 100_000;
        long id = StaffFixtures.asAdmin(() -> accounts.create(name, "Break Glass", null, "chosen-by-the-admin")).id();
        StaffFixtures.asAdmin(() -> accounts.grant(id, StaffRole.ADMIN, null));
        MockHttpSession session = from("192.0.2.10");

        assertThatThrownBy(() -> manager().authenticate(token(name, "chosen-by-the-admin")))
                .isInstanceOf(LocalSignIn.SecondStepRequired.class);
        var enrol = secondStep.state(session).orElseThrow();
        assertThat(enrol.stage()).isEqualTo(Stage.ENROL);
        assertThat(enrol.qrDataUri()).startsWith("data:image/png;base64,");
        // Not signed in before the second step is done.
        assertThatThrownBy(() -> secondStep.complete(session)).isInstanceOf(StaffAccountException.class);

        assertThat(secondStep.code(session, "000000".equals(code(enrol.secret(), 0)) ? "111111" : "000000")).isFalse();
        assertThat(secondStep.code(session, code(enrol.secret(), 0))).isTrue();
        assertThat(secondStep.state(session).orElseThrow().stage()).isEqualTo(Stage.NEW_PASSWORD);
        assertThatThrownBy(() -> secondStep.newPassword(session, "too-short", "too-short"))
                .isInstanceOf(StaffAccountException.class).hasMessage("staff.password.new.error.short");
        assertThatThrownBy(() -> secondStep.newPassword(session, "my-own-password-1", "my-own-password-2"))
                .isInstanceOf(StaffAccountException.class).hasMessage("staff.password.repeat.error.different");
        assertThatThrownBy(() -> secondStep.newPassword(session, "chosen-by-the-admin", "chosen-by-the-admin"))
                .isInstanceOf(StaffAccountException.class).hasMessage("staff.password.new.error.same");
        secondStep.newPassword(session, "my-own-password-1", "my-own-password-1");
        Authentication signedIn = secondStep.complete(session);
        assertThat(signedIn.getName()).isEqualTo(name);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN");

        // The next time: the own password, then a code; the code just used is not good a second time.
        MockHttpSession next = from("192.0.2.10");
        assertThatThrownBy(() -> manager().authenticate(token(name, "chosen-by-the-admin")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> manager().authenticate(token(name, "my-own-password-1")))
                .isInstanceOf(LocalSignIn.SecondStepRequired.class);
        assertThat(secondStep.state(next).orElseThrow().stage()).isEqualTo(Stage.CODE);
        String secret = enrol.secret();
        assertThat(secondStep.code(next, code(secret, 0))).isFalse();
        assertThat(secondStep.code(next, code(secret, 1))).isTrue();
        assertThat(secondStep.state(next).orElseThrow().stage()).isEqualTo(Stage.DONE);
        secondStep.complete(next);

        assertThat(auditTrail.forSubject("staff_user", name)).extracting(AuditLog.Entry::action)
                .contains("TOTP_ENROLLED", "PASSWORD_CHANGED", "LOGIN", "LOGIN_FAILED");
        assertThat(StaffFixtures.asAdmin(() -> accounts.localSignIns(500))).extracting(e -> e.action() + " " + e.subjectId())
                .contains("LOGIN " + name, "TOTP_ENROLLED " + name, "PASSWORD_CHANGED " + name);
        // The secret is stored sealed, never as it was shown.
        assertThat(StaffFixtures.asAdmin(() -> accounts.exists(name))).isTrue();
    }

    @Test
    void wrongTriesSlowOnlyTheirOwnConnectionAndNeverLockTheAccount() throws Exception {
        String name = "bg-throttle-" + System.nanoTime() % 100_000;
        StaffFixtures.asAdmin(() -> accounts.create(name, "Throttle", null, "the-right-password"));
        from("198.51.100.66");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager().authenticate(token(name, "a-wrong-password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        // The sixth try from that connection is refused before the password is even checked.
        assertThatThrownBy(() -> manager().authenticate(token(name, "the-right-password")))
                .isInstanceOf(LocalSignIn.SignInThrottled.class)
                .satisfies(e -> assertThat(((LocalSignIn.SignInThrottled) e).limit().retryAfter()).isPositive());
        // The real person elsewhere signs in: the account itself was never locked.
        from("203.0.113.5");
        assertThatThrownBy(() -> manager().authenticate(token(name, "the-right-password")))
                .isInstanceOf(LocalSignIn.SecondStepRequired.class);
        assertThat(auditTrail.forSubject("staff_user", name)).extracting(AuditLog.Entry::action)
                .contains("LOGIN_FAILED", "LOGIN_THROTTLED", "LOGIN_PASSWORD_PASSED");
    }

    @Test
    void aLocalAccountChangesItsOwnPassword() throws Exception {
        String name = "bg-self-" + System.nanoTime() % 100_000;
        StaffFixtures.asAdmin(() -> accounts.create(name, "Self Service", null, "the-first-password"));
        StaffFixtures.as(name, java.util.List.of("ROLE_HANDLER"), () -> {
            assertThat(accounts.ownAccountIsLocal()).isTrue();
            assertThatThrownBy(() -> accounts.changeOwnPassword("not-the-password", "the-second-password", "the-second-password"))
                    .isInstanceOf(StaffAccountException.class).hasMessage("staff.password.current.error.wrong");
            accounts.changeOwnPassword("the-first-password", "the-second-password", "the-second-password");
            return null;
        });
        from("192.0.2.77");
        assertThatThrownBy(() -> manager().authenticate(token(name, "the-first-password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> manager().authenticate(token(name, "the-second-password")))
                .isInstanceOf(LocalSignIn.SecondStepRequired.class);
        assertThat(auditTrail.forSubject("staff_user", name)).extracting(AuditLog.Entry::action)
                .contains("PASSWORD_CHANGE_REFUSED", "PASSWORD_CHANGED");
    }

    /** The code of the current time step plus {@code offset}, as an authenticator app computes it. */
    static String code(String secret, int offset) throws Exception {
        return new DefaultCodeGenerator().generate(secret, Math.floorDiv(Instant.now().getEpochSecond(), 30) + offset);
    }

    private static MockHttpSession from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/personal/login");
        request.setRemoteAddr(address);
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return session;
    }

    private AuthenticationManager manager() throws Exception {
        return authConfig.getAuthenticationManager();
    }

    private static UsernamePasswordAuthenticationToken token(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
