package se.medverka.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.medverka.budget.BudgetProposals;
import se.medverka.budget.BudgetProposals.Status;
import se.medverka.budget.BudgetRounds;
import se.medverka.budget.BudgetRounds.AreaAmount;
import se.medverka.budget.BudgetRounds.Method;
import se.medverka.budget.BudgetRounds.RoundForm;
import se.medverka.council.Meetings;
import se.medverka.council.ReferralAnswers;
import se.medverka.council.Referrals;
import se.medverka.council.internal.Tokens;
import se.medverka.routing.CaseState;
import se.medverka.routing.Cases;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.limits.ClientAddress;
import se.medverka.shared.time.CityTime;

/**
 * Cases of the kinds besides complaints that are public records, made through their modules' services
 * as residents and recipients would: a referral answer (with a PDF attachment that has text) and a
 * citizen budget proposal, each a routing case of the given committee.
 */
@Component
public class PublicRecordCases {

    private final Referrals referrals;
    private final ReferralAnswers answers;
    private final BudgetRounds rounds;
    private final BudgetProposals proposals;
    private final RoutingRegister register;
    private final Cases cases;
    private final JdbcClient jdbc;
    private int address = 10;

    public PublicRecordCases(Referrals referrals, ReferralAnswers answers, BudgetRounds rounds, BudgetProposals proposals,
                             RoutingRegister register, Cases cases, JdbcClient jdbc) {
        this.referrals = referrals;
        this.answers = answers;
        this.rounds = rounds;
        this.proposals = proposals;
        this.register = register;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    /**
     * A referral the committee sends to the education committee, answered with {@code answer} and a PDF
     * whose text is {@code attachmentText}; returns the answer's case id once routing has placed it.
     */
    public long referralAnswer(long committee, String title, String answer, String attachmentText) {
        long education = register.committeeByCode("utbildningsnamnden").orElseThrow().id();
        long referral = StaffFixtures.asHandler("remiss-" + committee, committee, () -> referrals.send(new Referrals.NewReferral(
                committee, title, "Nämnden remitterar " + title + ".", LocalDate.now(CityTime.ZONE).plusDays(30), List.of(), List.of(education),
                List.of(), new Meetings.File("remiss.pdf", pdf("Remissen " + title)))));
        // The recipient's link comes by mail; the test gives the recipient a link of its own instead.
        String token = Tokens.create();
        jdbc.sql("update council_referral_recipient set token_hash = :h where referral_id = :r")
                .param("h", Tokens.hash(token)).param("r", referral).update();
        String ip = "10.41." + (committee % 200) + "." + (address++ % 250);
        long caseId = ClientAddress.as(ip, () -> answers.answer(token, answer,
                List.of(new Meetings.File("yttrande.pdf", pdf(attachmentText))), ip)).id();
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.status(caseId).orElseThrow().state() == CaseState.ASSIGNED);
        return caseId;
    }

    /** A proposal in a new round of the committee, reviewed as not feasible with {@code reason}; its case id once placed. */
    public long budgetProposal(long committee, String title, String body, String reason) {
        LocalDate today = rounds.today();
        long round = StaffFixtures.asHandler("budget-" + committee, committee, () -> rounds.create(new RoundForm(
                "Medborgarbudget " + UUID.randomUUID(), committee, Method.BUDGET, 12, today.minusDays(1), today.plusDays(10),
                today.plusDays(20), today.plusDays(30), today.plusDays(60),
                List.of(new AreaAmount(register.districts().getFirst().id(), 1_000_000)))));
        long area = rounds.round(round).orElseThrow().areas().getFirst().id();
        String ip = "10.42." + (committee % 200) + "." + (address++ % 250);
        BudgetProposals.Receipt receipt = ClientAddress.as(ip, () -> proposals.propose(round, area, title, body, null, Language.SV));
        StaffFixtures.asHandler("budget-" + committee, committee, () -> {
            proposals.review(receipt.proposalId(), Status.NOT_FEASIBLE, null, reason, null);
            return null;
        });
        long caseId = jdbc.sql("select case_id from budget_proposal where id = :id").param("id", receipt.proposalId())
                .query(Long.class).single();
        await().atMost(Duration.ofSeconds(20)).until(() -> cases.status(caseId).orElseThrow().state() == CaseState.ASSIGNED);
        return caseId;
    }

    /** A one-page PDF with the text (Helvetica, Latin-1 only). */
    public static byte[] pdf(String text) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
