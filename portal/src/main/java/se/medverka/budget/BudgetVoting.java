package se.medverka.budget;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.budget.BudgetRounds.Area;
import se.medverka.budget.BudgetRounds.Method;
import se.medverka.budget.BudgetRounds.Round;
import se.medverka.budget.internal.BudgetCodes;
import se.medverka.budget.internal.VoterKeys;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.ClientAddress;
import se.medverka.shared.limits.Limit;

/**
 * Secret voting, one person one ballot. A voter is admitted by one of three passes: e-identification
 * (only keyed hashes of the identity number are kept, the number itself is dropped at once), a
 * pupil's class code (one ballot per use, up to the class's size) or a one-time voting code handed
 * out by staff after checking identity. A ballot row holds the area, the items, the channel and for
 * young voters the age band — nothing that leads to the voter (docs/modules/budget.md).
 */
@Service
@Transactional
public class BudgetVoting {

    /** Who may cast a ballot, and how they were admitted. */
    public sealed interface Pass extends java.io.Serializable permits EidPass, ClassCodePass, VotingCodePass {
        long roundId();
    }

    /** An e-identified voter: the round's two keyed hashes of the identity number, and the age band. */
    public record EidPass(long roundId, String voterHash, String replaceTag, String band) implements Pass {
        @Override
        public String toString() {
            return "EidPass[" + roundId + "]";
        }
    }

    /** A pupil admitted by a class code, which fixes the area and the band. */
    public record ClassCodePass(long roundId, String code, long areaId, String band) implements Pass {
    }

    /** A visitor admitted by a one-time code from a library or service office. */
    public record VotingCodePass(long roundId, String code) implements Pass {
    }

    public record Item(long proposalId, String title, String body, long cost, boolean hasPicture) {
    }

    /** One area's ballot: its sum and its items. */
    public record Ballot(long roundId, Area area, Method method, List<Item> items) {
    }

    private final JdbcClient jdbc;
    private final BudgetRounds rounds;
    private final VoterKeys keys;
    private final AbuseLimits limits;

    BudgetVoting(JdbcClient jdbc, BudgetRounds rounds, VoterKeys keys, AbuseLimits limits) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.keys = keys;
        this.limits = limits;
    }

    /**
     * The pass of a person the e-identification vouched for (Swedish profile: the 12-digit
     * {@code personalIdentityNumber}). Refuses the too young. The number is not kept anywhere.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public EidPass eidPass(long roundId, String personalIdentityNumber) {
        Round round = votingRound(roundId);
        LocalDate born = birthDate(personalIdentityNumber);
        int age = Period.between(born, rounds.today()).getYears();
        if (age < round.minAge()) {
            throw new BudgetException("budget.vote.eid.error.young");
        }
        String band = age <= 12 ? "B10_12" : age <= 17 ? "B13_17" : "ADULT";
        return new EidPass(roundId, keys.voterHash(roundId, personalIdentityNumber),
                keys.replaceTag(roundId, personalIdentityNumber), band);
    }

    /** The birth date in a 12-digit Swedish identity number (a co-ordination number's day is +60). */
    static LocalDate birthDate(String number) {
        String digits = number == null ? "" : number.replaceAll("[^0-9]", "");
        if (digits.length() != 12 || !luhn(digits.substring(2))) {
            throw new BudgetException("budget.vote.eid.error.invalid");
        }
        try {
            int day = Integer.parseInt(digits.substring(6, 8));
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    day > 60 ? day - 60 : day);
        } catch (DateTimeException e) {
            throw new BudgetException("budget.vote.eid.error.invalid");
        }
    }

    private static boolean luhn(String ten) {
        int sum = 0;
        for (int i = 0; i < ten.length(); i++) {
            int d = ten.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** A class code typed by a pupil; wrong codes are throttled per connection. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public ClassCodePass classCode(long roundId, String typed) {
        votingRound(roundId);
        limits.take(Limit.VOTING_CODE, ClientAddress.current());
        String code = BudgetCodes.normaliseClassCode(typed).orElseThrow(() -> new BudgetException("budget.vote.code.error.invalid"));
        ClassCodePass pass = jdbc.sql("select area_id, band from budget_class_code where code = :c and round_id = :r and uses < max_uses")
                .param("c", code).param("r", roundId)
                .query((rs, n) -> new ClassCodePass(roundId, code, rs.getLong(1), rs.getString(2))).optional()
                .orElseThrow(() -> new BudgetException("budget.vote.code.error.invalid"));
        limits.giveBack(Limit.VOTING_CODE, ClientAddress.current());
        return pass;
    }

    /** A one-time voting code typed by a visitor; wrong or used codes are throttled per connection. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public VotingCodePass votingCode(long roundId, String typed) {
        votingRound(roundId);
        limits.take(Limit.VOTING_CODE, ClientAddress.current());
        String code = BudgetCodes.normaliseVotingCode(typed).orElseThrow(() -> new BudgetException("budget.vote.code.error.invalid"));
        boolean ok = jdbc.sql("select count(*) from budget_voting_code where code_hash = :h and round_id = :r and not used")
                .param("h", VoterKeys.codeHash(code)).param("r", roundId).query(Long.class).single() == 1;
        if (!ok) {
            throw new BudgetException("budget.vote.code.error.invalid");
        }
        limits.giveBack(Limit.VOTING_CODE, ClientAddress.current());
        return new VotingCodePass(roundId, code);
    }

    /** Whether this e-identified person has a ballot in the round (then they may only replace it). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean hasVoted(EidPass pass) {
        return jdbc.sql("select count(*) from budget_voter where round_id = :r and voter_hash = :h")
                .param("r", pass.roundId()).param("h", pass.voterHash()).query(Long.class).single() > 0;
    }

    /** An area's ballot: its feasible, costed proposals. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Ballot ballot(long roundId, long areaId) {
        return ballot(rounds.round(roundId).orElseThrow(() -> new BudgetException("budget.round.error.notfound")), areaId);
    }

    private Ballot ballot(Round round, long areaId) {
        long roundId = round.id();
        Area area = round.area(areaId).orElseThrow(() -> new BudgetException("budget.vote.area.error.required"));
        List<Item> items = jdbc.sql("""
                select id, title, body, cost, picture is not null from budget_proposal
                where round_id = :r and area_id = :a and status = 'FEASIBLE' order by cost, id""")
                .param("r", roundId).param("a", areaId)
                .query((rs, n) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getBoolean(5)))
                .list();
        return new Ballot(roundId, area, round.method(), items);
    }

    /**
     * Casts a ballot in one transaction: while voting is open, only the area's items, within its sum
     * (unless the round uses approval voting), once per pass. An e-identified voter who has voted may
     * replace their ballot ({@code replace}); otherwise a second ballot is refused. On any refusal
     * nothing is stored (and a code stays unused).
     */
    @PreAuthorize("permitAll()")
    public void cast(Pass pass, long areaId, Set<Long> chosen, boolean replace) {
        limits.take(Limit.BALLOT, ClientAddress.current());
        Round round = votingRound(pass.roundId());
        if (pass instanceof ClassCodePass c && c.areaId() != areaId) {
            throw new BudgetException("budget.vote.area.error.required");
        }
        Ballot ballot = ballot(round, areaId);
        Set<Long> items = new HashSet<>(chosen == null ? Set.of() : chosen);
        if (items.isEmpty()) {
            throw new BudgetException("budget.vote.ballot.error.empty");
        }
        long total = 0;
        for (long id : items) {
            Item item = ballot.items().stream().filter(i -> i.proposalId() == id).findFirst()
                    .orElseThrow(() -> new BudgetException("budget.vote.ballot.error.item"));
            total += item.cost();
        }
        if (round.method() == Method.BUDGET && total > ballot.area().amount()) {
            throw new BudgetException("budget.vote.ballot.error.over");
        }
        String band = null;
        String tag = null;
        switch (pass) {
            case EidPass e -> {
                int added = jdbc.sql("insert into budget_voter (round_id, voter_hash) values (:r, :h) on conflict do nothing")
                        .param("r", round.id()).param("h", e.voterHash()).update();
                if (added == 0) {
                    if (!replace) {
                        throw new BudgetException("budget.vote.ballot.error.twice");
                    }
                    jdbc.sql("delete from budget_ballot where round_id = :r and replace_tag = :t")
                            .param("r", round.id()).param("t", e.replaceTag()).update();
                }
                band = e.band();
                tag = e.replaceTag();
            }
            case ClassCodePass c -> {
                int used = jdbc.sql("update budget_class_code set uses = uses + 1 where code = :c and round_id = :r and uses < max_uses")
                        .param("c", c.code()).param("r", round.id()).update();
                if (used == 0) {
                    throw new BudgetException("budget.vote.code.error.used");
                }
                band = c.band();
            }
            case VotingCodePass v -> {
                int used = jdbc.sql("update budget_voting_code set used = true where code_hash = :h and round_id = :r and not used")
                        .param("h", VoterKeys.codeHash(v.code())).param("r", round.id()).update();
                if (used == 0) {
                    throw new BudgetException("budget.vote.code.error.used");
                }
            }
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into budget_ballot (id, round_id, area_id, channel, band, replace_tag) values (:id, :r, :a, :ch, :b, :t)")
                .param("id", id).param("r", round.id()).param("a", areaId).param("ch", channel(pass))
                .param("b", band, java.sql.Types.VARCHAR).param("t", tag, java.sql.Types.VARCHAR).update();
        // One statement for all the items.
        StringBuilder values = new StringBuilder();
        var insert = new java.util.ArrayList<Object>();
        for (long item : items) {
            values.append(values.isEmpty() ? "" : ", ").append("(?, ?)");
            insert.add(id);
            insert.add(item);
        }
        jdbc.sql("insert into budget_ballot_item (ballot_id, proposal_id) values " + values).params(insert).update();
    }

    private static String channel(Pass pass) {
        return switch (pass) {
            case EidPass e -> "EID";
            case ClassCodePass c -> "CLASS_CODE";
            case VotingCodePass v -> "VOTING_CODE";
        };
    }

    private Round votingRound(long roundId) {
        Round round = rounds.round(roundId).orElseThrow(() -> new BudgetException("budget.round.error.notfound"));
        if (round.phase() != Phase.VOTING) {
            throw new BudgetException("budget.vote.error.phase");
        }
        return round;
    }
}
