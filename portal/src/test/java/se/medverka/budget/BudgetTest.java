package se.medverka.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.medverka.budget.BudgetProposals.Status;
import se.medverka.budget.BudgetProposals.WorkStatus;
import se.medverka.budget.BudgetRounds.AreaAmount;
import se.medverka.budget.BudgetRounds.Method;
import se.medverka.budget.BudgetRounds.RoundForm;
import se.medverka.budget.BudgetVoting.EidPass;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.testsupport.StaffFixtures;
import se.medverka.testsupport.Translations;

/** The citizen budget on the real PostgreSQL: rounds, proposals as cases, review, the three ways to vote, refusals, count, tracker. */
@SpringBootTest
class BudgetTest {

    static final String ADULT = "198001012395";
    static final String OTHER_ADULT = "197708242396";

    @Autowired BudgetRounds rounds;
    @Autowired BudgetProposals proposals;
    @Autowired BudgetVoting voting;
    @Autowired se.medverka.budget.VotingCodes codes;
    @Autowired BudgetResults results;
    @Autowired BudgetTracker tracker;
    @Autowired BudgetComments comments;
    @Autowired RoutingRegister register;
    @Autowired JdbcClient jdbc;
    @Autowired BudgetFigures budgetFigures;
    @Autowired se.medverka.budget.internal.BudgetRetention retention;
    @Autowired se.medverka.records.ErasureDecisions erasureDecisions;
    @Autowired se.medverka.followup.FollowUp followUp;

    @AfterEach
    void letRoutingFinish() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0);
    }

    private long committee() {
        return register.committeeByCode("sdn-farsta").orElseThrow().id();
    }

    private <T> T asStaff(Supplier<T> work) {
        return StaffFixtures.asHandler("budget-handler", committee(), work);
    }

    private long district(int i) {
        return register.districts().get(i).id();
    }

    /** A round with two districts, 1 000 000 and 500 000, in its proposal phase. */
    private long round() {
        LocalDate today = rounds.today();
        return asStaff(() -> rounds.create(new RoundForm("Farsta och Skarpnäck " + UUID.randomUUID(), committee(), Method.BUDGET, 12,
                today.minusDays(1), today.plusDays(10), today.plusDays(20), today.plusDays(30), today.plusDays(60),
                List.of(new AreaAmount(district(0), 1_000_000), new AreaAmount(district(1), 500_000)))));
    }

    /** Moves the round's dates so that today falls in {@code phase} (tests only; staff would edit the dates). */
    private void phase(long roundId, Phase phase) {
        LocalDate t = rounds.today();
        LocalDate start = switch (phase) {
            case PROPOSALS -> t;
            case REVIEW -> t.minusDays(10);
            case VOTING -> t.minusDays(20);
            case RESULTS -> t.minusDays(31);
            default -> throw new IllegalArgumentException();
        };
        jdbc.sql("""
                update budget_round set proposals_from = :a, review_from = :b, voting_from = :c, voting_until = :d,
                implementation_from = :e where id = :id""")
                .param("a", start.minusDays(1)).param("b", start.plusDays(10)).param("c", start.plusDays(20))
                .param("d", start.plusDays(30)).param("e", start.plusDays(60)).param("id", roundId).update();
        assertThat(rounds.round(roundId).orElseThrow().phase()).isEqualTo(phase);
    }

    private long area(long roundId, int i) {
        return rounds.round(roundId).orElseThrow().areas().get(i).id();
    }

    private long feasible(long roundId, long area, String title, long cost) {
        long id = proposals.propose(roundId, area, title, "Beskrivning av " + title, null, Language.SV).proposalId();
        asStaff(() -> {
            proposals.review(id, Status.FEASIBLE, cost, null, null);
            return null;
        });
        return id;
    }

    private long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param(i + 1, params[i]);
        }
        return spec.query(Long.class).single();
    }

    private void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BudgetException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(Translations.sv(key)).isNotBlank();
    }

    @Test
    void aProposalOpensACaseForTheRoundsCommitteeAndEveryDecisionIsPublicWithItsReason() {
        long r = round();
        var receipt = proposals.propose(r, area(r, 0), "Gungor i parken", "Fler gungor vid lekplatsen.", null, Language.SV);
        var english = proposals.propose(r, area(r, 1), "Benches", "More benches by the lake.", null, Language.EN);
        assertThat(receipt.caseNumber()).isNotBlank();
        assertThat(jdbc.sql("select kind || ' ' || requested_committee_id || ' ' || language from routing_case where case_number = :n")
                .param("n", english.caseNumber()).query(String.class).single())
                .isEqualTo("BUDGET_PROPOSAL " + committee() + " en");
        refused(() -> asStaff(() -> {
            proposals.review(receipt.proposalId(), Status.NOT_FEASIBLE, null, " ", null);
            return null;
        }), "budget.review.reason.error.required");
        refused(() -> asStaff(() -> {
            proposals.review(receipt.proposalId(), Status.FEASIBLE, 1_000_001L, null, null);
            return null;
        }), "budget.review.cost.error.range");
        asStaff(() -> {
            proposals.review(english.proposalId(), Status.NOT_FEASIBLE, null, "The lake shore belongs to the state.", null);
            proposals.review(receipt.proposalId(), Status.FEASIBLE, 250_000L, null, null);
            return null;
        });
        assertThat(proposals.proposals(r)).extracting(p -> p.title() + "|" + p.status() + "|" + p.cost() + "|" + p.reason())
                .containsExactlyInAnyOrder("Gungor i parken|FEASIBLE|250000|null",
                        "Benches|NOT_FEASIBLE|null|The lake shore belongs to the state.");
        // Another committee's handler cannot review it.
        long other = register.committeeByCode("sdn-bromma").orElseThrow().id();
        refused(() -> StaffFixtures.asHandler("other-handler", other, () -> {
            proposals.review(receipt.proposalId(), Status.NOT_FEASIBLE, null, "nej", null);
            return null;
        }), "budget.staff.error.notfound");
    }

    @Test
    void aMergedProposalNamesAnotherOfTheSameAreaAndApprovalVotingIgnoresTheSum() {
        long r = round();
        long a = area(r, 0);
        long first = proposals.propose(r, a, "Lekplats", "En lekplats.", null, Language.SV).proposalId();
        long second = proposals.propose(r, a, "Gungor", "Gungor på lekplatsen.", null, Language.SV).proposalId();
        long elsewhere = proposals.propose(r, area(r, 1), "Annat", "Annat område.", null, Language.SV).proposalId();
        refused(() -> asStaff(() -> {
            proposals.review(second, Status.MERGED, null, "Samma sak som lekplatsen.", elsewhere);
            return null;
        }), "budget.review.merged.error.required");
        asStaff(() -> {
            proposals.review(second, Status.MERGED, null, "Samma sak som lekplatsen.", first);
            return null;
        });
        assertThat(proposals.proposal(second).orElseThrow().mergedInto()).isEqualTo(first);

        LocalDate today = rounds.today();
        long approval = asStaff(() -> rounds.create(new RoundForm("Godkännande " + UUID.randomUUID(), committee(), Method.APPROVAL, 12,
                today.minusDays(1), today.plusDays(10), today.plusDays(20), today.plusDays(30), today.plusDays(60),
                List.of(new AreaAmount(null, 100_000)))));
        long city = area(approval, 0);
        assertThat(rounds.round(approval).orElseThrow().areas().get(0).districtId()).as("the whole city").isNull();
        long x = feasible(approval, city, "X", 80_000);
        long y = feasible(approval, city, "Y", 70_000);
        phase(approval, Phase.VOTING);
        voting.cast(voting.eidPass(approval, ADULT), city, Set.of(x, y), false);
        assertThat(count("select count(*) from budget_ballot_item i join budget_ballot b on b.id = i.ballot_id where b.round_id = ?", approval))
                .isEqualTo(2);
        // Once voting has opened the ballot is fixed: no more decisions.
        phase(r, Phase.VOTING);
        refused(() -> asStaff(() -> {
            proposals.review(first, Status.NOT_FEASIBLE, null, "För sent.", null);
            return null;
        }), "budget.review.error.phase");
    }

    @Test
    void commentsArePublicAtOnceStaffHideOneWithAReasonAndTheyCloseWithVoting() {
        long r = round();
        long p = proposals.propose(r, area(r, 0), "Bibliotek", "Längre öppettider.", null, Language.SV).proposalId();
        comments.comment(p, "Bra idé, särskilt på helger.", Language.SV);
        long rude = comments.comment(p, "Reklam för något helt annat", Language.SV);
        refused(() -> comments.comment(p, "  ", Language.SV), "budget.comment.body.error.required");
        refused(() -> asStaff(() -> {
            comments.hide(rude, " ");
            return null;
        }), "budget.review.reason.error.required");
        asStaff(() -> {
            comments.hide(rude, "Hör inte till förslaget.");
            return null;
        });
        assertThat(comments.comments(p)).extracting(c -> c.body() + "|" + c.hiddenReason())
                .containsExactly("Bra idé, särskilt på helger.|null", "null|Hör inte till förslaget.");
        phase(r, Phase.RESULTS);
        refused(() -> comments.comment(p, "För sent", Language.SV), "budget.comment.form.error.closed");
        assertThat(comments.comments(p)).hasSize(2);
    }

    @Test
    void badProposalsAndRoundsAreRefusedAndNothingIsStored() {
        long r = round();
        long before = count("select count(*) from budget_proposal");
        long cases = count("select count(*) from routing_case");
        refused(() -> proposals.propose(r, area(r, 0), " ", "text", null, Language.SV), "budget.proposal.title.error.required");
        refused(() -> proposals.propose(r, -1, "t", "text", null, Language.SV), "budget.proposal.area.error.required");
        refused(() -> proposals.propose(r, area(r, 0), "t", "text", new byte[] {1, 2, 3}, Language.SV), "budget.proposal.picture.error.invalid");
        phase(r, Phase.REVIEW);
        refused(() -> proposals.propose(r, area(r, 0), "t", "text", null, Language.SV), "budget.proposal.form.error.closed");
        assertThat(count("select count(*) from budget_proposal")).isEqualTo(before);
        assertThat(count("select count(*) from routing_case")).isEqualTo(cases);
        LocalDate t = rounds.today();
        refused(() -> asStaff(() -> rounds.create(new RoundForm("x", committee(), Method.BUDGET, 12, t, t, t, t, t,
                List.of(new AreaAmount(district(0), 1))))), "budget.round.dates.error.order");
        refused(() -> asStaff(() -> rounds.create(new RoundForm("x", committee(), Method.BUDGET, 12, t, t.plusDays(1), t.plusDays(2),
                t.plusDays(3), t.plusDays(4), List.of(new AreaAmount(district(0), 1), new AreaAmount(district(0), 2))))),
                "budget.round.areas.error.twice");
    }

    @Test
    void aPictureIsReEncodedWithoutItsMetadata() throws Exception {
        long r = round();
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        // A text chunk after the header, as a camera's or editor's metadata would be.
        byte[] withText = withTextChunk(png.toByteArray(), "GPS 59.2426N 18.0929E");
        long id = proposals.propose(r, area(r, 0), "Bild", "Med bild", withText, Language.SV).proposalId();
        byte[] stored = proposals.picture(id).orElseThrow();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("GPS").doesNotContain("Exif");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth()).isEqualTo(40);
    }

    @Test
    void aTrackerUpdatesPictureIsReEncodedWithoutItsMetadataLikeAProposals() throws Exception {
        long r = round();
        long a = area(r, 0);
        long park = feasible(r, a, "Parken", 100_000);
        phase(r, Phase.VOTING);
        voting.cast(voting.eidPass(r, ADULT), a, Set.of(park), false);
        phase(r, Phase.RESULTS);
        asStaff(() -> {
            results.count(r);
            return null;
        });
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        byte[] withText = withTextChunk(png.toByteArray(), "GPS 59.2426N 18.0929E");
        refused(() -> asStaff(() -> tracker.post(park, "Trasig bild.", 10, WorkStatus.STARTED, new byte[] {1, 2, 3})),
                "budget.proposal.picture.error.invalid");
        assertThat(tracker.updates(park)).as("nothing stored on a refusal").isEmpty();
        long withPicture = asStaff(() -> tracker.post(park, "Så här ser det ut.", 30, WorkStatus.STARTED, withText));
        asStaff(() -> tracker.post(park, "Utan bild.", 40, WorkStatus.STARTED));
        assertThat(tracker.updates(park)).extracting(u -> u.text() + ":" + u.hasPicture())
                .containsExactly("Utan bild.:false", "Så här ser det ut.:true");
        byte[] stored = tracker.updatePicture(withPicture).orElseThrow();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("GPS").doesNotContain("Exif");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth()).isEqualTo(40);
    }

    private static byte[] withTextChunk(byte[] png, String text) {
        byte[] data = ("Comment\0" + text).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put("tEXt".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).put(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("tEXt".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        int afterHeader = 8 + 25; // signature + IHDR chunk
        byte[] out = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, out, 0, afterHeader);
        System.arraycopy(chunk.array(), 0, out, afterHeader, chunk.capacity());
        System.arraycopy(png, afterHeader, out, afterHeader + chunk.capacity(), png.length - afterHeader);
        return out;
    }

    @Test
    void votingEnforcesTheSumThePhaseOnePersonOneVoteAndTheCodes() {
        long r = round();
        long a = area(r, 0);
        long swings = feasible(r, a, "Gungor", 600_000);
        long benches = feasible(r, a, "Bänkar", 300_000);
        long lights = feasible(r, a, "Belysning", 200_000);
        long elsewhere = feasible(r, area(r, 1), "Annat område", 100_000);
        String classCode = asStaff(() -> codes.createClassCode(r, a, "B13_17", 2));
        refused(() -> voting.eidPass(r, ADULT), "budget.vote.error.phase");
        phase(r, Phase.VOTING);
        String libraryCode = asStaff(() -> codes.issueVotingCode(r));

        EidPass person = voting.eidPass(r, ADULT);
        refused(() -> voting.cast(person, a, Set.of(swings, benches, lights), false), "budget.vote.ballot.error.over");
        refused(() -> voting.cast(person, a, Set.of(swings, elsewhere), false), "budget.vote.ballot.error.item");
        refused(() -> voting.cast(person, a, Set.of(), false), "budget.vote.ballot.error.empty");
        assertThat(count("select count(*) from budget_ballot where round_id = ?", r)).isZero();
        assertThat(count("select count(*) from budget_voter where round_id = ?", r)).isZero();

        voting.cast(person, a, Set.of(swings, benches), false);
        // The same person, signing in again in another browser, gets the same pass: a second vote is refused.
        EidPass again = voting.eidPass(r, ADULT);
        assertThat(voting.hasVoted(again)).isTrue();
        refused(() -> voting.cast(again, a, Set.of(lights), false), "budget.vote.ballot.error.twice");
        assertThat(count("select count(*) from budget_ballot where round_id = ?", r)).isEqualTo(1);
        // ...but may replace the ballot: still one ballot, now with the new choice.
        voting.cast(again, a, Set.of(benches, lights), true);
        assertThat(count("select count(*) from budget_ballot where round_id = ?", r)).isEqualTo(1);
        assertThat(jdbc.sql("select proposal_id from budget_ballot_item i join budget_ballot b on b.id = i.ballot_id where b.round_id = :r")
                .param("r", r).query(Long.class).set()).containsExactlyInAnyOrder(benches, lights);

        refused(() -> voting.eidPass(r, identityNumber(rounds.today().minusYears(10))), "budget.vote.eid.error.young");
        assertThat(voting.eidPass(r, identityNumber(rounds.today().minusYears(12))).band()).isEqualTo("B10_12");
        refused(() -> voting.eidPass(r, "198001012396"), "budget.vote.eid.error.invalid");

        // Class code: the code's area only, up to the class size.
        var pupil = voting.classCode(r, classCode.toLowerCase().replace("-", " "));
        refused(() -> voting.cast(pupil, area(r, 1), Set.of(elsewhere), false), "budget.vote.area.error.required");
        voting.cast(pupil, a, Set.of(lights), false);
        voting.cast(voting.classCode(r, classCode), a, Set.of(benches), false);
        refused(() -> voting.classCode(r, classCode), "budget.vote.code.error.invalid");
        refused(() -> voting.cast(pupil, a, Set.of(lights), false), "budget.vote.code.error.used");
        refused(() -> voting.classCode(r, "FEJK-99"), "budget.vote.code.error.invalid");

        // One-time voting code: once.
        var visitor = voting.votingCode(r, libraryCode.toLowerCase());
        voting.cast(visitor, a, Set.of(swings), false);
        refused(() -> voting.votingCode(r, libraryCode), "budget.vote.code.error.invalid");
        refused(() -> voting.cast(visitor, a, Set.of(swings), false), "budget.vote.code.error.used");
        refused(() -> voting.votingCode(r, "AAAA-BBBB-CCCC"), "budget.vote.code.error.invalid");

        assertThat(count("select count(*) from budget_ballot where round_id = ?", r)).isEqualTo(4);
        assertThat(jdbc.sql("select channel || ':' || coalesce(band, '-') from budget_ballot where round_id = :r order by 1")
                .param("r", r).query(String.class).list()).containsExactly("CLASS_CODE:B13_17", "CLASS_CODE:B13_17", "EID:ADULT", "VOTING_CODE:-");

        phase(r, Phase.RESULTS);
        refused(() -> voting.cast(voting.eidPass(r, OTHER_ADULT), a, Set.of(lights), false), "budget.vote.error.phase");
    }

    /**
     * Issue 16: no column or join links a ballot to a voter. The voter table has only the round and a
     * keyed hash; the ballot table has no column naming a voter, no foreign key to the voter table,
     * no time; and the values of the two tables never meet (a join on any text column is empty).
     */
    @Test
    void noColumnOrJoinLinksABallotToTheVoter() {
        long r = round();
        long a = area(r, 0);
        long item = feasible(r, a, "Träd", 100_000);
        phase(r, Phase.VOTING);
        voting.cast(voting.eidPass(r, ADULT), a, Set.of(item), false);
        voting.cast(voting.eidPass(r, OTHER_ADULT), a, Set.of(item), false);
        // A voter who leaves an address to follow the winners: stored with the round and the area only.
        tracker.followWinners(r, a, "valjare-" + UUID.randomUUID() + "@exempel.se", Language.SV);

        assertThat(columns("budget_voter")).containsExactlyInAnyOrder("round_id", "voter_hash");
        assertThat(columns("budget_round_follower")).containsExactlyInAnyOrder("id", "round_id", "area_id", "proposal_id", "email",
                "language", "confirm_token", "stop_token", "confirmed");
        assertThat(columns("budget_ballot")).containsExactlyInAnyOrder("id", "round_id", "area_id", "channel", "band", "replace_tag");
        assertThat(columns("budget_ballot_item")).containsExactlyInAnyOrder("ballot_id", "proposal_id");
        assertThat(jdbc.sql("""
                select count(*) from information_schema.table_constraints tc
                join information_schema.constraint_column_usage u on u.constraint_name = tc.constraint_name
                where tc.constraint_type = 'FOREIGN KEY' and (
                    (tc.table_name like 'budget_ballot%' and u.table_name in ('budget_voter', 'budget_round_follower'))
                 or (tc.table_name in ('budget_voter', 'budget_round_follower') and u.table_name like 'budget_ballot%')
                 or (tc.table_name = 'budget_round_follower' and u.table_name = 'budget_voter'))""").query(Long.class).single()).isZero();
        // No identity number anywhere, in any form a reader could search for.
        for (String table : List.of("budget_voter", "budget_ballot", "budget_ballot_item", "budget_round", "budget_round_follower")) {
            assertThat(jdbc.sql("select count(*) from " + table + " t where t::text like '%" + ADULT + "%' or t::text like '%"
                    + ADULT.substring(2) + "%'").query(Long.class).single()).as(table).isZero();
        }
        // The hash and the replace tag are made with different keys: no value of one table is found in the other.
        assertThat(jdbc.sql("""
                select count(*) from budget_voter v join budget_ballot b on b.round_id = v.round_id
                where b.replace_tag = v.voter_hash or b.id::text = v.voter_hash""").query(Long.class).single()).isZero();
        // Nor are the ballot's or the voter's values found in the address table.
        assertThat(jdbc.sql("""
                select count(*) from budget_round_follower f, budget_ballot b, budget_voter v
                where f.round_id = :r and b.round_id = :r and v.round_id = :r and (f::text like '%' || b.id::text || '%'
                    or coalesce(f::text like '%' || b.replace_tag || '%', false) or f::text like '%' || v.voter_hash || '%')""")
                .param("r", r).query(Long.class).single()).isZero();
        // The round's key is stored sealed, not as the raw key.
        assertThat(jdbc.sql("select voter_key from budget_round where id = :r").param("r", r).query(String.class).single())
                .doesNotMatch("^[A-Za-z0-9+/]{43}=$");
        // Counting erases the replace tags: afterwards not even the keys' holder can find a person's ballot.
        phase(r, Phase.RESULTS);
        asStaff(() -> {
            results.count(r);
            return null;
        });
        assertThat(count("select count(*) from budget_ballot where round_id = ? and replace_tag is not null", r)).isZero();
    }

    private List<String> columns(String table) {
        return jdbc.sql("select column_name from information_schema.columns where table_name = :t").param("t", table)
                .query(String.class).list();
    }

    @Test
    void theCountPublishesWinnersWithNumbersCsvAndBandsWithSmallCellsHidden() {
        long r = round();
        long a = area(r, 0);
        long big = feasible(r, a, "Stor park", 700_000);
        long mid = feasible(r, a, "Lekplats", 400_000);
        long small = feasible(r, a, "Bänk", 300_000);
        String code = asStaff(() -> codes.createClassCode(r, a, "B10_12", 30));
        phase(r, Phase.VOTING);
        // 3 adults: big+small; 2 pupils: mid+small; 4 more pupils: mid.
        for (String n : List.of(ADULT, OTHER_ADULT, "199503152390")) {
            voting.cast(voting.eidPass(r, n), a, Set.of(big, small), false);
        }
        for (int i = 0; i < 2; i++) {
            voting.cast(voting.classCode(r, code), a, Set.of(mid, small), false);
        }
        for (int i = 0; i < 4; i++) {
            voting.cast(voting.classCode(r, code), a, Set.of(mid), false);
        }
        refused(() -> asStaff(() -> {
            results.count(r);
            return null;
        }), "budget.results.error.phase");
        assertThat(results.results(r)).as("nothing published before the count").isEmpty();
        phase(r, Phase.RESULTS);
        asStaff(() -> {
            results.count(r);
            return null;
        });
        // mid 6 votes (400 000), small 5 (300 000), big 3 (700 000 > 300 000 left): mid and small win.
        var area = results.results(r).get(0);
        assertThat(area.ballots()).isEqualTo(9);
        assertThat(area.lines()).extracting(l -> l.title() + ":" + l.votes() + ":" + l.outcome())
                .containsExactly("Lekplats:6:FUNDED", "Bänk:5:FUNDED", "Stor park:3:DOES_NOT_FIT");
        assertThat(area.spent()).isEqualTo(700_000);
        assertThat(proposals.proposals(r)).filteredOn(BudgetProposals.Proposal::won).extracting(BudgetProposals.Proposal::id)
                .containsExactlyInAnyOrder(mid, small);
        String csv = results.csv(r, Translations::sv);
        assertThat(csv).contains("Lekplats", "400000", Translations.sv("budget.results.outcome.funded.label"));

        var bands = asStaff(() -> results.bands(r)).get(0);
        assertThat(bands.total().value()).isEqualTo(9);
        assertThat(bands.bands().get("ADULT").suppressed()).as("3 adults is a small cell").isTrue();
        assertThat(bands.bands().get("B10_12").suppressed()).as("hidden too, or 9 − 6 would give the 3 away").isTrue();
        assertThat(bands.bands().get("B13_17").value()).isZero();
    }

    @Test
    void followersConfirmByLinkGetUpdatesByMailAndCanStop() {
        long r = round();
        long a = area(r, 0);
        long park = feasible(r, a, "Parken", 100_000);
        phase(r, Phase.VOTING);
        voting.cast(voting.eidPass(r, ADULT), a, Set.of(park), false);
        refused(() -> tracker.follow(park, "boende@exempel.se", Language.SV), "budget.tracker.error.notwon");
        phase(r, Phase.RESULTS);
        asStaff(() -> {
            results.count(r);
            return null;
        });
        refused(() -> tracker.follow(park, "inte en adress", Language.SV), "budget.tracker.email.error.invalid");
        String address = "foljare-" + UUID.randomUUID() + "@exempel.se";
        tracker.follow(park, address, Language.FI);
        assertThat(jdbc.sql("select count(*) from budget_follower where email like :e").param("e", "%" + address + "%")
                .query(Long.class).single()).as("the address is sealed").isZero();
        String confirm = jdbc.sql("select body from notification_outbox where recipient = :r order by id").param("r", address)
                .query(String.class).list().get(0);
        assertThat(confirm).contains("/budget/folj/");
        UUID token = UUID.fromString(confirm.replaceAll("(?s).*/budget/folj/([0-9a-f-]{36}).*", "$1"));

        asStaff(() -> tracker.post(park, "Ritningarna är klara.", 10, WorkStatus.PLANNED));
        assertThat(mails(address)).as("no update before confirming").isEqualTo(1);
        assertThat(tracker.confirm(token)).isTrue();
        asStaff(() -> tracker.post(park, "Bygget har börjat.", 40, WorkStatus.STARTED));
        assertThat(mails(address)).isEqualTo(2);
        String update = jdbc.sql("select body from notification_outbox where recipient = :r order by id desc limit 1").param("r", address)
                .query(String.class).single();
        assertThat(update).contains("Bygget har börjat.", "/budget/sluta/");
        assertThat(tracker.updates(park)).extracting(BudgetTracker.Update::text).containsExactly("Bygget har börjat.", "Ritningarna är klara.");
        UUID stop = UUID.fromString(update.replaceAll("(?s).*/budget/sluta/([0-9a-f-]{36}).*", "$1"));
        assertThat(tracker.stop(stop)).isTrue();
        asStaff(() -> tracker.post(park, "Klart.", 100, WorkStatus.DONE));
        assertThat(mails(address)).isEqualTo(2);
        assertThat(jdbc.sql("select progress || ' ' || work_status from budget_proposal where id = :p").param("p", park)
                .query(String.class).single()).isEqualTo("100 DONE");
    }

    /**
     * The vote path reads the round and its items from a cache ({@code OpenRounds}); the ballot's one
     * statement checks them again. A change the cache has not seen (here made behind its back, in SQL)
     * still refuses the ballot with the right message and stores nothing, and a pass stays unused.
     */
    @Test
    void aBallotIsCheckedAgainByTheDatabaseSoAStaleCachedRoundLetsNothingThrough() {
        long r = round();
        long a = area(r, 0);
        long swings = feasible(r, a, "Gungor", 600_000);
        long benches = feasible(r, a, "Bänkar", 300_000);
        String classCode = asStaff(() -> codes.createClassCode(r, a, "B13_17", 5));
        phase(r, Phase.VOTING);
        voting.cast(voting.eidPass(r, ADULT), a, Set.of(swings, benches), false); // the round is now cached

        jdbc.sql("update budget_area set amount = 800000 where id = :a").param("a", a).update();
        EidPass other = voting.eidPass(r, OTHER_ADULT);
        refused(() -> voting.cast(other, a, Set.of(swings, benches), false), "budget.vote.ballot.error.over");
        assertThat(voting.hasVoted(other)).as("the voter hash is not kept on a refusal").isFalse();
        voting.cast(other, a, Set.of(swings), false);

        jdbc.sql("update budget_proposal set status = 'NOT_FEASIBLE', reason = 'Nej' where id = :p").param("p", benches).update();
        var pupil = voting.classCode(r, classCode);
        refused(() -> voting.cast(pupil, a, Set.of(benches), false), "budget.vote.ballot.error.item");
        assertThat(count("select uses from budget_class_code where code = ?", classCode)).isZero();

        EidPass late = voting.eidPass(r, "199503152390");
        phase(r, Phase.RESULTS);
        refused(() -> voting.cast(late, a, Set.of(swings), false), "budget.vote.error.phase");
        refused(() -> voting.cast(pupil, a, Set.of(swings), false), "budget.vote.error.phase");
        assertThat(count("select count(*) from budget_ballot where round_id = ?", r)).isEqualTo(2);
        assertThat(count("select count(*) from budget_voter where round_id = ?", r)).isEqualTo(2);
        assertThat(count("select uses from budget_class_code where code = ?", classCode)).isZero();
    }

    /**
     * Proposers (on the proposal form) and voters (after the ballot) may leave an address: confirmed
     * by a link first, sealed, and at the count turned into followers of what they asked for — the
     * proposer's own proposal if it won, the winners of the voter's area —; every address of the round
     * is then deleted, confirmed or not.
     */
    @Test
    void proposersAndVotersWhoLeftAnAddressFollowTheWinnersAfterConfirming() {
        long r = round();
        long a = area(r, 0);
        String proposer = "forslag-" + UUID.randomUUID() + "@exempel.se";
        String loser = "forlorare-" + UUID.randomUUID() + "@exempel.se";
        String voter = "rostare-" + UUID.randomUUID() + "@exempel.se";
        String unconfirmed = "obekraftad-" + UUID.randomUUID() + "@exempel.se";
        long park = feasible(r, a, "Parken", 300_000);
        long bench = feasible(r, a, "Bänken", 100_000);
        long pool = feasible(r, a, "Poolen", 900_000);
        tracker.followIfItWins(park, proposer, Language.SV);
        tracker.followIfItWins(pool, loser, Language.EN);
        refused(() -> tracker.followIfItWins(park, "inte en adress", Language.SV), "budget.tracker.email.error.invalid");
        phase(r, Phase.VOTING);
        voting.cast(voting.eidPass(r, ADULT), a, Set.of(park, bench), false);
        tracker.followWinners(r, a, voter, Language.FI);
        tracker.followWinners(r, a, unconfirmed, Language.SV);
        refused(() -> tracker.followWinners(r, area(round(), 0), voter, Language.SV), "budget.round.error.notfound");
        assertThat(count("select count(*) from budget_round_follower where round_id = ?", r)).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from budget_round_follower where email like :e").param("e", "%@exempel.se%")
                .query(Long.class).single()).as("the addresses are sealed").isZero();
        for (String address : List.of(proposer, loser, voter)) {
            String confirm = jdbc.sql("select body from notification_outbox where recipient = :r order by id").param("r", address)
                    .query(String.class).list().get(0);
            assertThat(confirm).contains("/budget/folj/", "/budget/sluta/");
            assertThat(tracker.confirm(UUID.fromString(confirm.replaceAll("(?s).*/budget/folj/([0-9a-f-]{36}).*", "$1")))).isTrue();
        }
        assertThat(jdbc.sql("select body from notification_outbox where recipient = :r").param("r", voter).query(String.class).single())
                .as("in the voter's language").contains("Vahvista");

        phase(r, Phase.RESULTS);
        asStaff(() -> {
            results.count(r);
            return null;
        });
        assertThat(proposals.proposals(r)).filteredOn(BudgetProposals.Proposal::won).extracting(BudgetProposals.Proposal::id)
                .containsExactlyInAnyOrder(park, bench);
        assertThat(count("select count(*) from budget_round_follower where round_id = ?", r)).as("all erased at the count").isZero();
        assertThat(count("select count(*) from budget_follower where proposal_id in (?, ?, ?) and confirmed_at is not null", park, bench, pool))
                .as("proposer: park; voter: park and bench; the loser and the unconfirmed: nothing").isEqualTo(3);

        asStaff(() -> tracker.post(park, "Parken får nya träd.", 20, WorkStatus.STARTED));
        assertThat(mails(proposer)).isEqualTo(2);
        assertThat(mails(voter)).isEqualTo(2);
        assertThat(mails(loser)).isEqualTo(1);
        assertThat(mails(unconfirmed)).isEqualTo(1);
        String update = jdbc.sql("select body from notification_outbox where recipient = :r order by id desc limit 1").param("r", voter)
                .query(String.class).single();
        assertThat(tracker.stop(UUID.fromString(update.replaceAll("(?s).*/budget/sluta/([0-9a-f-]{36}).*", "$1")))).isTrue();
        asStaff(() -> tracker.post(bench, "Bänken står på plats.", 100, WorkStatus.DONE));
        assertThat(mails(voter)).as("stopped for the park, still follows the bench").isEqualTo(3);
    }

    /** A round's title and description in several languages: the visitor's, else its fallback, else Swedish. */
    @Test
    void aRoundsTextsAreShownInTheVisitorsLanguageWithFallbackToSwedish() {
        LocalDate today = rounds.today();
        var form = new RoundForm("Parker i Farsta " + UUID.randomUUID(), committee(), Method.BUDGET, 12,
                today.minusDays(1), today.plusDays(10), today.plusDays(20), today.plusDays(30), today.plusDays(60),
                List.of(new AreaAmount(district(0), 1_000_000)), "Föreslå hur parkerna ska bli bättre.",
                java.util.Map.of(Language.EN, new BudgetRounds.RoundText("Parks in Farsta", "Propose how the parks get better."),
                        Language.FI, new BudgetRounds.RoundText("Farstan puistot", ""),
                        Language.SE, new BudgetRounds.RoundText(" ", "")));
        long r = asStaff(() -> rounds.create(form));
        var round = rounds.round(r).orElseThrow();
        assertThat(round.text(Language.EN)).isEqualTo(new BudgetRounds.RoundText("Parks in Farsta", "Propose how the parks get better."));
        assertThat(round.textLanguage(Language.FIT)).as("meänkieli falls back to Finnish").isEqualTo(Language.FI);
        assertThat(round.text(Language.FIT).title()).isEqualTo("Farstan puistot");
        assertThat(round.textLanguage(Language.SMJ)).as("Lule Sami: North Sami was left blank, so Swedish").isEqualTo(Language.SV);
        assertThat(round.text(Language.YI).description()).isEqualTo("Föreslå hur parkerna ska bli bättre.");
        assertThat(round.translations()).containsOnlyKeys(Language.EN, Language.FI);
        // The mail confirming a voter's address names the round as its page does in their language.
        String reader = "lukija-" + UUID.randomUUID() + "@exempel.se";
        tracker.followWinners(r, area(r, 0), reader, Language.FIT);
        assertThat(jdbc.sql("select body from notification_outbox where recipient = :r").param("r", reader).query(String.class).single())
                .contains("Farstan puistot").doesNotContain("Parker i Farsta");

        asStaff(() -> {
            rounds.update(r, new RoundForm(round.title(), committee(), Method.BUDGET, 12, round.proposalsFrom(), round.reviewFrom(),
                    round.votingFrom(), round.votingUntil(), round.implementationFrom(), List.of(new AreaAmount(district(0), 1_000_000)),
                    "", java.util.Map.of(Language.EN, new BudgetRounds.RoundText("Parks", ""))));
            return null;
        });
        assertThat(rounds.round(r).orElseThrow().translations()).containsOnlyKeys(Language.EN);
        refused(() -> asStaff(() -> rounds.create(new RoundForm("X", committee(), Method.BUDGET, 12, today.minusDays(1), today.plusDays(10),
                today.plusDays(20), today.plusDays(30), today.plusDays(60), List.of(new AreaAmount(district(0), 1)), "",
                java.util.Map.of(Language.EN, new BudgetRounds.RoundText("", "A description without a title"))))),
                "budget.round.translation.error.length");
    }

    /**
     * Follow-up's dashboard shows the ballots per age band, counted in the period the round's voting
     * closed (ballots carry no time), with the small-cell rules: 3 adults are hidden, and the pupils
     * with them, or 9 − 6 would give the 3 away.
     */
    @Test
    void followUpShowsBallotsPerAgeBandWithSmallCellsHidden() {
        long r = round();
        long a = area(r, 0);
        long item = feasible(r, a, "Skateramp", 100_000);
        String code = asStaff(() -> codes.createClassCode(r, a, "B10_12", 30));
        phase(r, Phase.VOTING);
        for (String n : List.of(ADULT, OTHER_ADULT, "199503152390")) {
            voting.cast(voting.eidPass(r, n), a, Set.of(item), false);
        }
        for (int i = 0; i < 6; i++) {
            voting.cast(voting.classCode(r, code), a, Set.of(item), false);
        }
        // A day of its own in the past, so that no other test's round closes on it.
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000));
        jdbc.sql("""
                update budget_round set proposals_from = :a, review_from = :b, voting_from = :c, voting_until = :d,
                implementation_from = :e where id = :id""")
                .param("a", day.minusDays(30)).param("b", day.minusDays(20)).param("c", day.minusDays(10)).param("d", day)
                .param("e", day.plusDays(10)).param("id", r).update();
        assertThat(asStaff(() -> budgetFigures.ballotsByBand(committee(), day, day.plusDays(1))))
                .containsExactly(java.util.Map.entry("B10_12", 6L), java.util.Map.entry("B13_17", 0L), java.util.Map.entry("ADULT", 3L),
                        java.util.Map.entry("UNKNOWN", 0L));
        assertThat(asStaff(() -> budgetFigures.ballotsByBand(committee(), day.plusDays(1), day.plusDays(2))).values())
                .containsOnly(0L);
        var table = asStaff(() -> followUp.figures(committee(), se.medverka.followup.Period.days(day, day))).tables().stream()
                .filter(t -> t.key().equals("budget_bands")).findFirst().orElseThrow();
        assertThat(table.total().cell().value()).isEqualTo(9);
        assertThat(table.rows()).extracting(row -> row.code() + ":" + (row.cell().suppressed() ? "hidden" : row.cell().value()))
                .containsExactly("B10_12:hidden", "B13_17:0", "ADULT:hidden", "UNKNOWN:0");
        assertThat(Translations.sv("followup.dashboard.budget_bands.title")).isNotBlank();
    }

    /**
     * A finished round's personal data is erased on schedule only under a recorded decision on
     * erasure, as complaints are: the voter hashes of a counted round and the addresses following a
     * project reported done, once the decision's period has passed. Another committee without a
     * decision keeps everything; the ballots stay, so the result stays the same.
     */
    @Test
    void aFinishedRoundsVoterHashesAndFollowersAreErasedOnlyUnderARecordedDecision() {
        long r = round();
        long a = area(r, 0);
        long park = feasible(r, a, "Parken", 100_000);
        long culture = register.committeeByCode("kulturnamnden").orElseThrow().id();
        LocalDate today = rounds.today();
        long other = StaffFixtures.asHandler("budget-culture", culture, () -> rounds.create(new RoundForm("Kultur " + UUID.randomUUID(),
                culture, Method.APPROVAL, 12, today.minusDays(1), today.plusDays(10), today.plusDays(20), today.plusDays(30),
                today.plusDays(60), List.of(new AreaAmount(district(0), 100_000)))));
        long stage = proposals.propose(other, area(other, 0), "Scen", "En scen i parken", null, Language.SV).proposalId();
        StaffFixtures.asHandler("budget-culture", culture, () -> {
            proposals.review(stage, Status.FEASIBLE, 50_000L, null, null);
            return null;
        });
        phase(r, Phase.VOTING);
        phase(other, Phase.VOTING);
        voting.cast(voting.eidPass(r, ADULT), a, Set.of(park), false);
        voting.cast(voting.eidPass(other, ADULT), area(other, 0), Set.of(stage), false);
        phase(r, Phase.RESULTS);
        phase(other, Phase.RESULTS);
        asStaff(() -> {
            results.count(r);
            return null;
        });
        StaffFixtures.asHandler("budget-culture", culture, () -> {
            results.count(other);
            return null;
        });
        String address = "gallras-" + UUID.randomUUID() + "@exempel.se";
        tracker.follow(park, address, Language.SV);
        asStaff(() -> tracker.post(park, "Klart.", 100, WorkStatus.DONE));
        var before = results.results(r);

        StaffFixtures.asAdmin(() -> {
            for (String kind : List.of(BudgetErasureClearance.VOTERS, BudgetErasureClearance.FOLLOWERS)) {
                String reference = "TEST-GALLRING-" + kind + "-FARSTA-P1Y";
                if (erasureDecisions.all().stream().noneMatch(d -> d.reference().equals(reference))) {
                    erasureDecisions.record(reference, LocalDate.of(2026, 1, 15), "Farsta stadsdelsnämnd", kind, committee(), "P1Y",
                            "Resultatet: röster per förslag", false);
                }
            }
            return null;
        });
        retention.eraseDue(java.time.Instant.now());
        assertThat(count("select count(*) from budget_voter where round_id = ?", r)).as("the decision's year has not passed").isEqualTo(1);
        assertThat(count("select count(*) from budget_follower where proposal_id = ?", park)).isEqualTo(1);

        retention.eraseDue(se.medverka.shared.time.CityTime.startOf(today.plusDays(400)));
        assertThat(count("select count(*) from budget_voter where round_id = ?", r)).isZero();
        assertThat(count("select count(*) from budget_follower where proposal_id = ?", park)).isZero();
        assertThat(count("select count(*) from budget_voter where round_id = ?", other)).as("no decision for this committee").isEqualTo(1);
        assertThat(results.results(r)).as("the ballots stay: the result is the same").isEqualTo(before);
        assertThat(count("select count(*) from audit_log where action = 'BUDGET_VOTERS_ERASED' and subject_id = ? and detail like ?",
                String.valueOf(r), "%TEST-GALLRING-BUDGET_VOTERS-FARSTA-P1Y%")).isEqualTo(1);
    }

    private long mails(String address) {
        return jdbc.sql("select count(*) from notification_outbox where recipient = :r").param("r", address).query(Long.class).single();
    }

    /** A valid 12-digit identity number of someone born on {@code born} (serial 239, Luhn check digit). */
    static String identityNumber(LocalDate born) {
        String nine = String.format("%02d%02d%02d239", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth());
        for (int c = 0; c < 10; c++) {
            String ten = nine + c;
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                int d = (ten.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
                sum += d > 9 ? d - 9 : d;
            }
            if (sum % 10 == 0) {
                return born.getYear() / 100 + ten;
            }
        }
        throw new IllegalStateException();
    }

    @Test
    void theBirthDateIsReadFromTheIdentityNumberAndCoordinationNumbersToo() {
        assertThat(BudgetVoting.birthDate(ADULT)).isEqualTo(LocalDate.of(1980, 1, 1));
        String coordination = identityNumber(LocalDate.of(1990, 5, 3)).substring(0, 6) + "63" + "2390";
        assertThat(identityNumber(LocalDate.of(1990, 5, 3))).startsWith("19900503");
        assertThatThrownBy(() -> BudgetVoting.birthDate("19900503")).isInstanceOf(BudgetException.class);
        assertThat(coordination).hasSize(12);
    }
}
