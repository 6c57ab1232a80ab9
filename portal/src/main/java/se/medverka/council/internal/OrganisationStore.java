package se.medverka.council.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medverka.council.Organisations.RegisteredOrganisation;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.security.PersonalDataSeal;

/**
 * The register of organisations' SQL. The contact address is sealed under
 * {@code council_organisation:<id>:email} and opened only to send a referral.
 */
@Component
public class OrganisationStore {

    /** A registered organisation with its address opened, as a referral copies it. */
    public record Contact(long id, String name, String email, Language language) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataSeal seal;

    OrganisationStore(JdbcClient jdbc, PersonalDataSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    private static String context(long id) {
        return "council_organisation:" + id + ":email";
    }

    public boolean nameTaken(String name) {
        return jdbc.sql("select count(*) > 0 from council_organisation where lower(name) = lower(:n) and removed_at is null")
                .param("n", name).query(Boolean.class).single();
    }

    public long add(String name, String email, Language language, Instant at, String by) {
        long id = jdbc.sql("""
                insert into council_organisation (name, email_enc, language, added_at, added_by)
                values (:n, '', :l, :at, :by) returning id""")
                .param("n", name).param("l", language.code()).param("at", Timestamp.from(at)).param("by", by)
                .query(Long.class).single();
        jdbc.sql("update council_organisation set email_enc = :e where id = :id")
                .param("e", seal.seal(email, context(id))).param("id", id).update();
        return id;
    }

    /** Removes an organisation from the register (referrals already sent keep their copy); false if it was not there. */
    public boolean remove(long id, Instant at, String by) {
        return jdbc.sql("update council_organisation set removed_at = :at, removed_by = :by where id = :id and removed_at is null")
                .param("at", Timestamp.from(at)).param("by", by).param("id", id).update() > 0;
    }

    public List<RegisteredOrganisation> list() {
        return jdbc.sql("select id, name, language, added_at from council_organisation where removed_at is null order by lower(name), id")
                .query((rs, n) -> new RegisteredOrganisation(rs.getLong(1), rs.getString(2),
                        Language.fromCode(rs.getString(3)).orElse(Language.SV), rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** A registered (not removed) organisation with its address. */
    public Optional<Contact> contact(long id) {
        return jdbc.sql("select id, name, email_enc, language from council_organisation where id = :id and removed_at is null")
                .param("id", id)
                .query((rs, n) -> new Contact(rs.getLong(1), rs.getString(2), seal.open(rs.getString(3), context(rs.getLong(1))),
                        Language.fromCode(rs.getString(4)).orElse(Language.SV)))
                .optional();
    }
}
