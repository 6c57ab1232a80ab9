package se.medverka.staff.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a staff member with one authority per role and one per (role, committee). */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffUserRepository users;
    private final Clock clock;

    StaffUserDetailsService(StaffUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StaffUser user = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such staff member"));
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.getRoles().forEach(r -> {
            authorities.add(new SimpleGrantedAuthority(r.getRole().authority()));
            if (r.getCommitteeId() != null) {
                authorities.add(new SimpleGrantedAuthority(r.getRole().scopedAuthority(r.getCommitteeId())));
            }
        });
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(authorities.stream().distinct().toList())
                .disabled(!user.isActive())
                .accountLocked(user.isLockedAt(clock.instant()))
                .build();
    }
}
