package se.medverka.staff.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.audit.AuditLog;
import se.medverka.shared.security.StaffRole;
import se.medverka.staff.internal.StaffUser.RoleKey;

/**
 * A sign-in through the city's identity provider: checks the second factor, maps the token's groups
 * to roles, creates the account the first time and updates it every time. Refusals (no mapped group,
 * no multi-factor, deactivated) are audited and carry an error code the login page translates; the
 * account's roles are updated before a refusal, so a removed group also ends open sessions.
 */
class ProviderSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error codes the login page knows ({@code staff.login.error.<code>}). */
    static final Set<String> REFUSALS = Set.of("norole", "mfa", "deactivated", "conflict");

    private final OidcUserService delegate = new OidcUserService();
    private final IdentityProviderSettings settings;
    private final StaffUserRepository users;
    private final GroupMappingStore mappings;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    ProviderSignIn(IdentityProviderSettings settings, StaffUserRepository users, GroupMappingStore mappings,
                   AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.settings = settings;
        this.users = users;
        this.mappings = mappings;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser person = delegate.loadUser(request);
        Outcome outcome = tx.execute(status -> signIn(person));
        if (outcome.refusal() != null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(outcome.refusal()), outcome.refusal());
        }
        return new StaffOidcUser(outcome.authorities(), person, outcome.username());
    }

    private Outcome signIn(OidcUser person) {
        OidcIdToken token = person.getIdToken();
        String issuer = String.valueOf(token.getIssuer());
        String subject = token.getSubject();
        String username = username(person);
        if (!multiFactor(token)) {
            return refuse(username, "mfa");
        }
        Set<RoleKey> roles = mappings.rolesFor(groups(person));
        StaffUser user = users.findByOidcIssuerAndOidcSubject(issuer, subject).orElse(null);
        var other = users.findByUsernameIgnoreCase(username);
        if (other.isPresent() && (user == null || !other.get().getId().equals(user.getId()))) {
            // Someone else (a local account, or another subject) holds the name: never merged silently.
            return refuse(username, "conflict");
        }
        if (user == null) {
            if (roles.isEmpty()) {
                return refuse(username, "norole");
            }
            user = users.save(StaffUser.fromProvider(issuer, subject, username, displayName(person, username),
                    person.getEmail(), clock.instant()));
            audit.record(username, "USER_CREATED_FROM_PROVIDER", "staff_user", username, null);
        }
        if (!user.isActive()) {
            return refuse(username, "deactivated");
        }
        user.updateFromProvider(username, displayName(person, username), person.getEmail(), clock.instant());
        if (user.replaceRoles(roles)) {
            audit.record(username, "ROLES_FROM_PROVIDER", "staff_user", username, describe(roles));
        }
        if (roles.isEmpty()) {
            return refuse(username, "norole");
        }
        users.flush();
        audit.record(username, "LOGIN_PROVIDER", "staff_user", username, null);
        return new Outcome(null, username, StaffAuthorities.of(user));
    }

    private Outcome refuse(String username, String code) {
        audit.record(username, "LOGIN_REFUSED", "staff_user", username, "provider:" + code);
        return new Outcome(code, username, List.of());
    }

    private boolean multiFactor(OidcIdToken token) {
        if (!settings.requiredAmr().isEmpty()) {
            List<String> amr = token.getAuthenticationMethods();
            if (amr == null || amr.stream().noneMatch(settings.requiredAmr()::contains)) {
                return false;
            }
        }
        return settings.requiredAcr().isEmpty() || settings.requiredAcr().contains(token.getAuthenticationContextClass());
    }

    private String username(OidcUser person) {
        Object value = person.getClaims().get(settings.usernameClaim());
        String name = value == null ? person.getSubject() : value.toString();
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String displayName(OidcUser person, String username) {
        String name = person.getFullName();
        return name == null || name.isBlank() ? username : name.strip();
    }

    private Collection<String> groups(OidcUser person) {
        Object value = person.getClaims().get(settings.groupsClaim());
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    private static String describe(Set<RoleKey> roles) {
        return roles.stream()
                .map(r -> r.committeeId() == null ? r.role().name() : r.role().scopedAuthority(r.committeeId()))
                .sorted()
                .reduce((a, b) -> a + "," + b)
                .orElse("");
    }

    private record Outcome(String refusal, String username, List<GrantedAuthority> authorities) {
    }

    /** The provider's person, named by the account's username (what audit trails and checks use). */
    static final class StaffOidcUser extends DefaultOidcUser {

        private final String username;

        StaffOidcUser(Collection<? extends GrantedAuthority> authorities, OidcUser person, String username) {
            super(authorities, person.getIdToken(), person.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }
    }

}
