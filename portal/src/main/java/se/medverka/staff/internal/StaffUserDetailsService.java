package se.medverka.staff.internal;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a local staff member with one authority per role and one per (role, committee). Not a bean
 * of its own: only {@link LocalSignIn} uses it, so no password sign-in can go around its throttling
 * and second factor.
 */
class StaffUserDetailsService implements UserDetailsService {

    private final StaffUserRepository users;
    private final Clock clock;

    private final LocalLogin localLogin;

    StaffUserDetailsService(StaffUserRepository users, Clock clock, LocalLogin localLogin) {
        this.users = users;
        this.clock = clock;
        this.localLogin = localLogin;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such staff member"));
        if (!localLogin.enabled() || user.getPasswordHash() == null) {
            // With the city's provider configured, or for an account that only signs in there, no
            // password here can open the staff area.
            throw new UsernameNotFoundException("No local sign-in");
        }
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(StaffAuthorities.of(user))
                .disabled(!user.isActive())
                .build();
    }
}
