package se.medverka.staff;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.shared.security.CurrentStaff;
import se.medverka.shared.security.StaffRole;
import se.medverka.routing.RoutingRegister;
import org.springframework.security.access.prepost.PreAuthorize;
import se.medverka.staff.internal.LocalSecondStep;
import se.medverka.staff.internal.StaffUser;
import se.medverka.staff.internal.StaffUserRepository;

/** Staff accounts and their roles, kept by administrators; every change is audited. */
@Service
@Transactional
public class StaffAccounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");
    private static final int MIN_PASSWORD = 12;

    private final StaffUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final CurrentStaff current;
    private final RoutingRegister register;
    private final Clock clock;

    StaffAccounts(StaffUserRepository users, PasswordEncoder encoder, AuditLog audit, CurrentStaff current,
                  RoutingRegister register, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.current = current;
        this.register = register;
        this.clock = clock;
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<Account> accounts() {
        return users.findAllByOrderByUsernameAsc().stream().map(StaffAccounts::toAccount).toList();
    }

    /**
     * Creates an account. Refusals come as {@link StaffAccountException} with a translation key.
     */
    @RolesAllowed("ADMIN")
    public Account create(String username, String displayName, String email, String password) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new StaffAccountException("staff.users.form.username.error.invalid");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new StaffAccountException("staff.users.form.displayname.error.required");
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw new StaffAccountException("staff.users.form.password.error.short");
        }
        if (users.findByUsernameIgnoreCase(name).isPresent()) {
            throw new StaffAccountException("staff.users.form.username.error.taken");
        }
        StaffUser user = new StaffUser(name, displayName.trim(),
                email == null || email.isBlank() ? null : email.trim(), encoder.encode(password), clock.instant());
        // The administrator chose (and so knows) this password: the person sets their own at first sign-in.
        user.passwordChosenByOthers();
        user = users.save(user);
        audit.record(current.actor(), "USER_CREATED", "staff_user", name, null);
        return toAccount(user);
    }

    /** Whether an account with this username exists (for tests and the provider's sign-in checks). */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsernameIgnoreCase(username == null ? "" : username.strip()).isPresent();
    }

    @RolesAllowed("ADMIN")
    public Account grant(long userId, StaffRole role, Long committeeId) {
        if (role.cityWide() != (committeeId == null)
                || committeeId != null && register.committee(committeeId).isEmpty()) {
            throw new StaffAccountException("staff.users.role.error.scope");
        }
        StaffUser user = users.findById(userId).orElseThrow(() -> new StaffAccountException("staff.users.error.notfound"));
        user.grant(role, committeeId);
        audit.record(current.actor(), "ROLE_GRANTED", "staff_user", user.getUsername(), scope(role, committeeId));
        return toAccount(user);
    }

    @RolesAllowed("ADMIN")
    public Account revoke(long userId, StaffRole role, Long committeeId) {
        StaffUser user = users.findById(userId).orElseThrow(() -> new StaffAccountException("staff.users.error.notfound"));
        if (role == StaffRole.ADMIN && user.getUsername().equals(current.actor())) {
            throw new StaffAccountException("staff.users.role.error.self");
        }
        if (user.revoke(role, committeeId)) {
            audit.record(current.actor(), "ROLE_REVOKED", "staff_user", user.getUsername(), scope(role, committeeId));
        }
        return toAccount(user);
    }

    /**
     * Deactivates an account at once: it can no longer sign in (locally or through the provider),
     * and its open sessions end at their next request on every node.
     */
    @RolesAllowed("ADMIN")
    public Account deactivate(long userId) {
        StaffUser user = users.findById(userId).orElseThrow(() -> new StaffAccountException("staff.users.error.notfound"));
        if (user.getUsername().equals(current.actor())) {
            throw new StaffAccountException("staff.users.active.error.self");
        }
        if (user.isActive()) {
            user.deactivate();
            audit.record(current.actor(), "USER_DEACTIVATED", "staff_user", user.getUsername(), null);
        }
        return toAccount(user);
    }

    @RolesAllowed("ADMIN")
    public Account activate(long userId) {
        StaffUser user = users.findById(userId).orElseThrow(() -> new StaffAccountException("staff.users.error.notfound"));
        if (!user.isActive()) {
            user.activate();
            audit.record(current.actor(), "USER_ACTIVATED", "staff_user", user.getUsername(), null);
        }
        return toAccount(user);
    }

    /**
     * Self-service password change of a local account: the current password, then the new one twice.
     * Refusals come as {@link StaffAccountException}; a wrong current password is audited.
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword, String repeated) {
        StaffUser user = users.findByUsernameIgnoreCase(current.actor())
                .filter(u -> u.getPasswordHash() != null)
                .orElseThrow(() -> new StaffAccountException("staff.password.error.notlocal"));
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            audit.recordAlone(user.getUsername(), "PASSWORD_CHANGE_REFUSED", "staff_user", user.getUsername(), "wrong current password");
            throw new StaffAccountException("staff.password.current.error.wrong");
        }
        LocalSecondStep.checkNewPassword(encoder, user.getPasswordHash(), newPassword, repeated);
        user.changePassword(encoder.encode(newPassword));
        audit.record(user.getUsername(), "PASSWORD_CHANGED", "staff_user", user.getUsername(), "self-service");
    }

    /** Whether the signed-in person has a local password (a break-glass account) to change. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean ownAccountIsLocal() {
        return users.findByUsernameIgnoreCase(current.actor()).map(u -> u.getPasswordHash() != null).orElse(false);
    }

    /** What the audit trail says about local sign-ins: successes, failures, throttling, enrolments, password changes. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<se.medverka.audit.AuditLog.Entry> localSignIns(int limit) {
        return LOCAL_SIGN_IN_ACTIONS.stream()
                .flatMap(action -> audit.latest(limit, action).stream())
                .filter(e -> !"LOGIN".equals(e.action()) || e.detail() == null || e.detail().startsWith("local"))
                .sorted(java.util.Comparator.comparing(se.medverka.audit.AuditLog.Entry::at).reversed())
                .limit(limit)
                .toList();
    }

    private static final List<String> LOCAL_SIGN_IN_ACTIONS = List.of("LOGIN", "LOGIN_FAILED", "LOGIN_THROTTLED",
            "TOTP_ENROLLED", "PASSWORD_CHANGED", "PASSWORD_CHANGE_REFUSED");

    private static String scope(StaffRole role, Long committeeId) {
        return committeeId == null ? role.name() : role.scopedAuthority(committeeId);
    }

    private static Account toAccount(StaffUser user) {
        return new Account(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(), user.isActive(),
                user.getRoles().stream().map(r -> new RoleGrant(r.getRole(), r.getCommitteeId())).toList());
    }

    public record Account(long id, String username, String displayName, String email, boolean active,
                          List<RoleGrant> roles) {
    }

    public record RoleGrant(StaffRole role, Long committeeId) {
    }
}
