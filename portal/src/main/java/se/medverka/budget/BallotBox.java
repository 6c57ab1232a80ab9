package se.medverka.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.medverka.budget.BudgetVoting.ClassCodePass;
import se.medverka.budget.BudgetVoting.EidPass;
import se.medverka.budget.BudgetVoting.Pass;
import se.medverka.budget.BudgetVoting.VotingCodePass;
import se.medverka.budget.internal.VoterKeys;

/**
 * Writes a ballot in <b>one statement</b> (run on its own, so it is its own short transaction): the
 * pass is used up (the voter hash inserted, a class code's use or a voting code taken), the ballot
 * and its items inserted — each part only if the database agrees that the round is voting today,
 * that every item is a feasible item of the area and that they fit its sum. The service has checked
 * all this before on the cached round ({@link OpenRounds}) to give the right message; this is the
 * check that counts. Only replacing a ballot takes two statements (delete, insert) in a transaction.
 */
@Component
class BallotBox {

    /** What the statement found: whether the round and items passed, and how many item rows it wrote. */
    record Outcome(boolean allowed, int written) {
    }

    private static final String GUARD = """
            with items as (select unnest(array[:items]::bigint[]) as id),
            guard as (
                select 1 from budget_round r join budget_area a on a.round_id = r.id and a.id = :a
                where r.id = :r and cast(:today as date) between r.voting_from and r.voting_until
                  and (select count(*) from budget_proposal p join items i on i.id = p.id
                       where p.round_id = :r and p.area_id = :a and p.status = 'FEASIBLE') = :n
                  and (r.method = 'APPROVAL'
                       or (select coalesce(sum(p.cost), 0) from budget_proposal p join items i on i.id = p.id) <= a.amount)),
            """;

    private static final String BALLOT = """
            ,
            ballot as (insert into budget_ballot (id, round_id, area_id, channel, band, replace_tag)
                select :id, :r, :a, :ch, :b, :t from admit returning id),
            marks as (insert into budget_ballot_item (ballot_id, proposal_id) select ballot.id, items.id from ballot, items returning 1)
            select (select count(*) from guard), (select count(*) from marks)""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    BallotBox(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Uses up the pass and stores the ballot, in one statement. */
    Outcome cast(Pass pass, long areaId, Set<Long> items, LocalDate today) {
        String admit = switch (pass) {
            case EidPass e -> "admit as (insert into budget_voter (round_id, voter_hash) select :r, :h from guard"
                    + " on conflict do nothing returning 1)";
            case ClassCodePass c -> "admit as (update budget_class_code set uses = uses + 1 where code = :code and round_id = :r"
                    + " and area_id = :a and uses < max_uses and exists (select 1 from guard) returning 1)";
            case VotingCodePass v -> "admit as (update budget_voting_code set used = true where code_hash = :h and round_id = :r"
                    + " and not used and exists (select 1 from guard) returning 1)";
        };
        var spec = jdbc.sql(GUARD + admit + BALLOT);
        spec = switch (pass) {
            case EidPass e -> spec.param("h", e.voterHash());
            case ClassCodePass c -> spec.param("code", c.code());
            case VotingCodePass v -> spec.param("h", VoterKeys.codeHash(v.code()));
        };
        return run(spec, pass, areaId, items, today);
    }

    /** An e-identified voter's new ballot in place of the old one: both or neither. */
    Outcome replace(EidPass pass, long areaId, Set<Long> items, LocalDate today) {
        return transactions.execute(status -> {
            jdbc.sql("delete from budget_ballot where round_id = :r and replace_tag = :t")
                    .param("r", pass.roundId()).param("t", pass.replaceTag()).update();
            Outcome outcome = run(jdbc.sql(GUARD + "admit as (select 1 from guard)" + BALLOT), pass, areaId, items, today);
            if (outcome.written() == 0) {
                status.setRollbackOnly();
            }
            return outcome;
        });
    }

    private Outcome run(JdbcClient.StatementSpec spec, Pass pass, long areaId, Set<Long> items, LocalDate today) {
        String band = switch (pass) {
            case EidPass e -> e.band();
            case ClassCodePass c -> c.band();
            case VotingCodePass v -> null;
        };
        return spec.param("items", List.copyOf(items)).param("n", items.size()).param("r", pass.roundId()).param("a", areaId)
                .param("today", today).param("id", UUID.randomUUID()).param("ch", channel(pass))
                .param("b", band, java.sql.Types.VARCHAR)
                .param("t", pass instanceof EidPass e ? e.replaceTag() : null, java.sql.Types.VARCHAR)
                .query((rs, n) -> new Outcome(rs.getInt(1) > 0, rs.getInt(2))).single();
    }

    private static String channel(Pass pass) {
        return switch (pass) {
            case EidPass e -> "EID";
            case ClassCodePass c -> "CLASS_CODE";
            case VotingCodePass v -> "VOTING_CODE";
        };
    }
}
