package se.medverka.council;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.council.CouncilEvents.SignInLinkRequested;
import se.medverka.council.internal.AddressHash;
import se.medverka.council.internal.Tokens;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.Limit;

/**
 * Sign-in without a password the city keeps: a member types their address and gets a link that
 * works once, for {@link #LINK_LIFETIME}; the invitation mail carries one too. The answer to the
 * request is the same whether the address belongs to a member or not, so the form reveals nobody.
 */
@Service
@Transactional
public class MemberSignIn {

    public static final Duration LINK_LIFETIME = Duration.ofMinutes(30);

    private final JdbcClient jdbc;
    private final AddressHash addressHash;
    private final ApplicationEventPublisher events;
    private final AbuseLimits limits;
    private final AuditLog audit;
    private final Clock clock;

    MemberSignIn(JdbcClient jdbc, AddressHash addressHash, ApplicationEventPublisher events, AbuseLimits limits,
                 AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.addressHash = addressHash;
        this.events = events;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    /** Mails a sign-in link if the address is a member's; says nothing either way. */
    @PreAuthorize("permitAll()")
    public void requestLink(String email, String clientAddress) {
        if (email == null || email.isBlank() || email.length() > 254) {
            throw new CouncilException("council.signin.email.error.invalid");
        }
        limits.take(Limit.COUNCIL_SIGN_IN, clientAddress);
        Optional<Long> person = jdbc.sql("select id from council_person where email_hash = :h")
                .param("h", addressHash.of(email)).query(Long.class).optional();
        if (person.isEmpty()) {
            return;
        }
        limits.takeForRecipient(Limit.CONFIRMATION_MAIL, email.strip());
        String token = Tokens.create();
        jdbc.sql("insert into council_sign_in (token_hash, person_id, expires_at) values (:h, :p, :e)")
                .param("h", Tokens.hash(token)).param("p", person.get())
                .param("e", Timestamp.from(clock.instant().plus(LINK_LIFETIME))).update();
        events.publishEvent(new SignInLinkRequested(person.get(), token));
    }

    /**
     * Uses a link: the person it signs in, if it is unused and not expired; it never works again
     * (an atomic update, so two tabs cannot both use it).
     */
    @PreAuthorize("permitAll()")
    public Optional<Long> consume(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Optional<Long> person = jdbc.sql("""
                update council_sign_in set used_at = :now
                where token_hash = :h and used_at is null and expires_at > :now returning person_id""")
                .param("h", Tokens.hash(token)).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).optional();
        person.ifPresent(p -> audit.record("rad:" + p, "COUNCIL_MEMBER_SIGNED_IN", "council_person", String.valueOf(p), null));
        return person;
    }
}
