package se.medverka.staff.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authorities of a signed-in staff member: one per role, one per (role, committee), and the
 * account's version at sign-in, which {@link SessionsFollowAccounts} compares with the database.
 */
final class StaffAuthorities {

    private static final String VERSION_PREFIX = "ACCOUNT_VERSION_";

    private StaffAuthorities() {
    }

    static List<GrantedAuthority> of(StaffUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.getRoles().forEach(r -> {
            authorities.add(new SimpleGrantedAuthority(r.getRole().authority()));
            if (r.getCommitteeId() != null) {
                authorities.add(new SimpleGrantedAuthority(r.getRole().scopedAuthority(r.getCommitteeId())));
            }
        });
        authorities.add(new SimpleGrantedAuthority(VERSION_PREFIX + user.getAuthzVersion()));
        return authorities.stream().distinct().toList();
    }

    /** The account version the session signed in under, if it carries one. */
    static OptionalInt version(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(VERSION_PREFIX))
                .mapToInt(a -> Integer.parseInt(a.substring(VERSION_PREFIX.length())))
                .findFirst();
    }
}
