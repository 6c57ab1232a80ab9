package se.medverka.routing.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out case numbers {@code MV-<year>-<6 digits>}, gap-free per year: the year's counter row
 * stays locked until the caller's transaction ends, and a rollback returns the number.
 */
@Component
public class CaseNumbers {

    private final JdbcClient jdbc;

    CaseNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(int year) {
        int number = jdbc.sql("""
                insert into routing_case_counter (year, last_number) values (:year, 1)
                on conflict (year) do update set last_number = routing_case_counter.last_number + 1
                returning last_number""")
                .param("year", year)
                .query(Integer.class)
                .single();
        return format(year, number);
    }

    static String format(int year, int number) {
        return "MV-%d-%06d".formatted(year, number);
    }
}
