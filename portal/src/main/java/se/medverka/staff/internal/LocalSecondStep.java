package se.medverka.staff.internal;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.Limit;
import se.medverka.shared.security.PersonalDataSeal;
import se.medverka.staff.StaffAccountException;

/**
 * The second step of a local (break-glass) sign-in, after {@link LocalSignIn} accepted the password:
 * enrolment of the TOTP second factor (the secret shown once, as a QR code and as text), the code,
 * and a new password when someone else chose the current one. Codes are RFC 6238 (SHA-1, 6 digits,
 * 30 s) from the {@code dev.samstevens.totp} library; ours is only which time steps are accepted (the
 * current one and one either side, each once) and the throttling: a wrong code counts as a wrong try
 * in the same buckets as a wrong password.
 */
@Component
public class LocalSecondStep {

    /** How long a passed password step waits for its second step. */
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);
    private static final String ENROL_SECRET = LocalSecondStep.class.getName() + ".enrolSecret";
    private static final String CODE_PASSED = LocalSecondStep.class.getName() + ".codePassed";
    private static final int PERIOD = 30;
    private static final int DIGITS = 6;
    private static final int MIN_PASSWORD = 12;

    public enum Stage { ENROL, CODE, NEW_PASSWORD, DONE }

    /** Where the person is; for enrolment the secret and its QR code (a data URI). */
    public record State(String username, Stage stage, String secret, String qrDataUri) {
    }

    private final StaffUserRepository users;
    private final LocalAccountPolicy policy;
    private final PersonalDataSeal seal;
    private final PasswordEncoder encoder;
    private final AbuseLimits limits;
    private final AuditLog audit;
    private final Clock clock;
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    LocalSecondStep(StaffUserRepository users, LocalAccountPolicy policy, PersonalDataSeal seal, PasswordEncoder encoder,
                    AbuseLimits limits, AuditLog audit, Clock clock) {
        this.users = users;
        this.policy = policy;
        this.seal = seal;
        this.encoder = encoder;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    /** The step the session is at, or empty when no password step is waiting (or it waited too long). */
    @Transactional(readOnly = true)
    public Optional<State> state(HttpSession session) {
        return pending(session).map(user -> {
            boolean codePassed = user.getUsername().equals(session.getAttribute(CODE_PASSED));
            if (policy.secondFactor() && !codePassed) {
                if (user.getTotpSecret() == null) {
                    String secret = (String) session.getAttribute(ENROL_SECRET);
                    if (secret == null) {
                        secret = new DefaultSecretGenerator(32).generate();
                        session.setAttribute(ENROL_SECRET, secret);
                    }
                    return new State(user.getUsername(), Stage.ENROL, secret, qr(user.getUsername(), secret));
                }
                return new State(user.getUsername(), Stage.CODE, null, null);
            }
            if (policy.passwordChange() && user.isPasswordMustChange()) {
                return new State(user.getUsername(), Stage.NEW_PASSWORD, null, null);
            }
            return new State(user.getUsername(), Stage.DONE, null, null);
        });
    }

    /**
     * Checks a code (while enrolling: against the secret just shown, which is then kept, sealed).
     * Returns whether it was right; a wrong one is counted and audited. Throws
     * {@link se.medverka.shared.limits.LimitReached} when this connection has tried too often.
     */
    @Transactional
    public boolean code(HttpSession session, String typed) {
        StaffUser user = pending(session).orElseThrow(() -> new StaffAccountException("staff.login.code.error.expired"));
        LocalSignIn.Pending pending = (LocalSignIn.Pending) session.getAttribute(LocalSignIn.PENDING);
        String name = user.getUsername();
        limits.take(Limit.STAFF_SIGN_IN, pending.address());
        limits.take(Limit.STAFF_SIGN_IN_ACCOUNT, pending.address(), name);
        String enrolling = user.getTotpSecret() == null ? (String) session.getAttribute(ENROL_SECRET) : null;
        String secret = enrolling != null ? enrolling : seal.open(user.getTotpSecret(), sealContext(user));
        long step = matchingStep(secret, typed == null ? "" : typed.replaceAll("\\s", ""));
        boolean fresh = step >= 0 && (enrolling != null || user.useSecondFactorStep(step));
        if (!fresh) {
            audit.record(name, "LOGIN_FAILED", "staff_user", name, "local:totp");
            return false;
        }
        if (enrolling != null) {
            user.enrolSecondFactor(seal.seal(enrolling, sealContext(user)), step);
            session.removeAttribute(ENROL_SECRET);
            audit.record(name, "TOTP_ENROLLED", "staff_user", name, null);
        } else if (seal.oldKey(user.getTotpSecret())) {
            // Sealed with a key being retired: re-sealed with the current one while it can still be opened.
            user.enrolSecondFactor(seal.seal(secret, sealContext(user)), step);
        }
        limits.giveBack(Limit.STAFF_SIGN_IN, pending.address());
        limits.giveBack(Limit.STAFF_SIGN_IN_ACCOUNT, pending.address(), name);
        session.setAttribute(CODE_PASSED, name);
        return true;
    }

    /** The person's own password, replacing one someone else chose. Refusals carry a translation key. */
    @Transactional
    public void newPassword(HttpSession session, String password, String repeated) {
        StaffUser user = pending(session).orElseThrow(() -> new StaffAccountException("staff.login.code.error.expired"));
        if (policy.secondFactor() && !user.getUsername().equals(session.getAttribute(CODE_PASSED))) {
            throw new StaffAccountException("staff.login.code.error.expired");
        }
        checkNewPassword(encoder, user.getPasswordHash(), password, repeated);
        user.changePassword(encoder.encode(password));
        audit.record(user.getUsername(), "PASSWORD_CHANGED", "staff_user", user.getUsername(), "first sign-in");
    }

    /** Ends the second step: the signed-in authentication, audited; the session's marks removed. */
    @Transactional
    public Authentication complete(HttpSession session) {
        State state = state(session).filter(s -> s.stage() == Stage.DONE)
                .orElseThrow(() -> new StaffAccountException("staff.login.code.error.expired"));
        StaffUser user = users.findByUsernameIgnoreCase(state.username()).orElseThrow();
        user.loginSucceeded();
        session.removeAttribute(LocalSignIn.PENDING);
        session.removeAttribute(org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION);
        session.removeAttribute(CODE_PASSED);
        session.removeAttribute(ENROL_SECRET);
        session.removeAttribute(SessionsFollowAccounts.SIGNED_IN_AT);
        audit.record(user.getUsername(), "LOGIN", "staff_user", user.getUsername(),
                policy.secondFactor() ? "local+totp" : "local");
        var authorities = StaffAuthorities.of(user);
        User principal = new User(user.getUsername(), "", authorities);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    /** The checks of a new password: long enough, typed twice alike, not the old one. */
    public static void checkNewPassword(PasswordEncoder encoder, String oldHash, String password, String repeated) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw new StaffAccountException("staff.password.new.error.short");
        }
        if (!password.equals(repeated)) {
            throw new StaffAccountException("staff.password.repeat.error.different");
        }
        if (oldHash != null && encoder.matches(password, oldHash)) {
            throw new StaffAccountException("staff.password.new.error.same");
        }
    }

    private Optional<StaffUser> pending(HttpSession session) {
        if (!(session.getAttribute(LocalSignIn.PENDING) instanceof LocalSignIn.Pending pending)
                || pending.at().plus(PENDING_LIFETIME).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return users.findByUsernameIgnoreCase(pending.username()).filter(StaffUser::isActive);
    }

    /** The time step whose code was typed (now, or one step either side for a slow hand or clock); -1 if none. */
    private long matchingStep(String secret, String typed) {
        long now = Math.floorDiv(clock.instant().getEpochSecond(), PERIOD);
        byte[] given = typed.getBytes(StandardCharsets.US_ASCII);
        long found = -1;
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                if (MessageDigest.isEqual(codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII), given)) {
                    found = step;
                }
            } catch (CodeGenerationException e) {
                throw new IllegalStateException("TOTP code generation failed", e);
            }
        }
        return found;
    }

    private static String qr(String username, String secret) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer("Medverka")
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD).build();
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        try {
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code generation failed", e);
        }
    }

    private static String sealContext(StaffUser user) {
        return "staff_user.totp_secret:" + user.getId();
    }
}
