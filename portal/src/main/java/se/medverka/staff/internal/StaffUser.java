package se.medverka.staff.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.medverka.shared.security.StaffRole;

@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    /** Null for an account that signs in through the identity provider only. */
    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "oidc_issuer")
    private String oidcIssuer;

    @Column(name = "oidc_subject")
    private String oidcSubject;

    @Column(name = "authz_version")
    private int authzVersion;

    @Column(name = "last_sign_in")
    private Instant lastSignIn;

    private boolean active = true;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** The sealed TOTP secret of a local account; null until the person has enrolled. */
    @Column(name = "totp_secret")
    private String totpSecret;

    /** The last TOTP time step accepted: a code is good once. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** Whether the password was chosen by someone else and must be changed at the next sign-in. */
    @Column(name = "password_must_change")
    private boolean passwordMustChange;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<StaffRoleAssignment> roles = new ArrayList<>();

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, String email, String passwordHash, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    /** An account that signs in through the identity provider (issuer + subject identify it). */
    public static StaffUser fromProvider(String issuer, String subject, String username, String displayName,
                                         String email, Instant now) {
        StaffUser user = new StaffUser(username, displayName, email, null, now);
        user.oidcIssuer = issuer;
        user.oidcSubject = subject;
        return user;
    }

    /** What the provider says about the person now (names change in the directory). */
    public void updateFromProvider(String username, String displayName, String email, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.lastSignIn = now;
    }

    /**
     * Makes the roles exactly {@code wanted}; returns whether anything changed (and then raises the
     * version, so sessions signed in under the old roles end).
     */
    public boolean replaceRoles(java.util.Set<RoleKey> wanted) {
        java.util.Set<RoleKey> current = new java.util.HashSet<>();
        roles.forEach(r -> current.add(new RoleKey(r.getRole(), r.getCommitteeId())));
        if (current.equals(wanted)) {
            return false;
        }
        roles.removeIf(r -> !wanted.contains(new RoleKey(r.getRole(), r.getCommitteeId())));
        wanted.stream().filter(k -> !current.contains(k)).forEach(k -> roles.add(new StaffRoleAssignment(this, k.role(), k.committeeId())));
        authzVersion++;
        return true;
    }

    public void deactivate() {
        active = false;
        authzVersion++;
    }

    public void activate() {
        active = true;
        authzVersion++;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed login. The account is never locked by it (one try an hour from anywhere would
     * keep it locked for ever): tries are throttled per connection instead, see {@code LocalSignIn}.
     */
    public void loginFailed(Instant now) {
        failedLogins++;
    }

    public void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void grant(StaffRole role, Long committeeId) {
        boolean present = roles.stream().anyMatch(r -> r.getRole() == role && Objects.equals(r.getCommitteeId(), committeeId));
        if (!present) {
            roles.add(new StaffRoleAssignment(this, role, committeeId));
            authzVersion++;
        }
    }

    public boolean revoke(StaffRole role, Long committeeId) {
        boolean removed = roles.removeIf(r -> r.getRole() == role && Objects.equals(r.getCommitteeId(), committeeId));
        if (removed) {
            authzVersion++;
        }
        return removed;
    }

    /** A password someone else chose (an administrator, the environment): changed at the first sign-in. */
    public void passwordChosenByOthers() {
        passwordMustChange = true;
    }

    /** The person's own new password (already hashed). */
    public void changePassword(String hash) {
        passwordHash = hash;
        passwordMustChange = false;
    }

    public void enrolSecondFactor(String sealedSecret, long step) {
        totpSecret = sealedSecret;
        totpLastStep = step;
    }

    /** Accepts the code of {@code step} unless that step (or a later one) was used already. */
    public boolean useSecondFactorStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public Long getId() { return id; }
    public String getTotpSecret() { return totpSecret; }
    public boolean isPasswordMustChange() { return passwordMustChange; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isActive() { return active; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public List<StaffRoleAssignment> getRoles() { return List.copyOf(roles); }
    public String getOidcIssuer() { return oidcIssuer; }
    public String getOidcSubject() { return oidcSubject; }
    public int getAuthzVersion() { return authzVersion; }
    public Instant getLastSignIn() { return lastSignIn; }

    /** A role, city-wide ({@code committeeId} null) or for one committee. */
    public record RoleKey(StaffRole role, Long committeeId) {
    }
}
