package se.medverka.budget;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
    private final OpenRounds open;
    private final BallotBox box;
    private final VoterKeys keys;
    private final AbuseLimits limits;

    BudgetVoting(JdbcClient jdbc, BudgetRounds rounds, OpenRounds open, BallotBox box, VoterKeys keys, AbuseLimits limits) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.open = open;
        this.box = box;
        this.keys = keys;
        this.limits = limits;
    }

    /**
     * The pass of a person the e-identification vouched for (Swedish profile: the 12-digit
     * {@code personalIdentityNumber}). Refuses the too young. The number is not kept anywhere.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
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
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
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
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
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
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Ballot ballot(long roundId, long areaId) {
        return open.check(roundId, s -> new Ballot(roundId,
                s.round().area(areaId).orElseThrow(() -> new BudgetException("budget.vote.area.error.required")),
                s.round().method(), s.items(areaId)));
    }

    /**
     * Casts a ballot: while voting is open, only the area's items, within its sum (unless the round
     * uses approval voting), once per pass. An e-identified voter who has voted may replace their
     * ballot ({@code replace}); otherwise a second ballot is refused. On any refusal nothing is stored
     * (and a code stays unused). Everything that can be is checked before, on the cached round
     * ({@link OpenRounds}); the ballot is then written in one statement that checks it all again
     * ({@link BallotBox}), so a vote holds a connection for one round trip.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void cast(Pass pass, long areaId, Set<Long> chosen, boolean replace) {
        if (pass instanceof ClassCodePass c && c.areaId() != areaId) {
            throw new BudgetException("budget.vote.area.error.required");
        }
        Set<Long> items = Set.copyOf(chosen == null ? Set.of() : chosen);
        if (items.isEmpty()) {
            throw new BudgetException("budget.vote.ballot.error.empty");
        }
        open.check(pass.roundId(), s -> {
            check(s, areaId, items);
            return null;
        });
        BallotBox.Outcome outcome = box.cast(pass, areaId, items, rounds.today());
        if (outcome.allowed() && outcome.written() == 0) {
            // Not a fresh pass: a replacement or a second try. These count against the connection's
            // limit; a first ballot is bounded by its pass (one per person, per code use), and the
            // limiter's bucket would cost more round trips than the ballot (docs/limits.md).
            limits.take(Limit.BALLOT, ClientAddress.current());
            if (pass instanceof EidPass e && replace) {
                outcome = box.replace(e, areaId, items, rounds.today());
            }
        }
        if (!outcome.allowed()) {
            // The cached round said yes, the database no (dates or items changed meanwhile): say why.
            open.forget(pass.roundId());
            open.check(pass.roundId(), s -> {
                check(s, areaId, items);
                return null;
            });
            throw new BudgetException("budget.vote.error.phase");
        }
        if (outcome.written() == 0) {
            throw new BudgetException(pass instanceof EidPass ? "budget.vote.ballot.error.twice" : "budget.vote.code.error.used");
        }
    }

    /** The refusals a voter can be told, checked on {@code s}: the phase, the area, the items, the sum. */
    private void check(OpenRounds.Snapshot s, long areaId, Set<Long> items) {
        Round round = voting(s);
        Area area = round.area(areaId).orElseThrow(() -> new BudgetException("budget.vote.area.error.required"));
        long total = 0;
        for (long id : items) {
            total += s.items(areaId).stream().filter(i -> i.proposalId() == id).findFirst()
                    .orElseThrow(() -> new BudgetException("budget.vote.ballot.error.item")).cost();
        }
        if (round.method() == Method.BUDGET && total > area.amount()) {
            throw new BudgetException("budget.vote.ballot.error.over");
        }
    }

    /** The round, if it is voting today (from the cache; a refusal is confirmed on fresh data). */
    private Round votingRound(long roundId) {
        return open.check(roundId, this::voting);
    }

    private Round voting(OpenRounds.Snapshot s) {
        if (s.phase(rounds.today()) != Phase.VOTING) {
            throw new BudgetException("budget.vote.error.phase");
        }
        return s.round();
    }
}
