package se.medverka.dialogue;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.audit.AuditLog;
import se.medverka.dialogue.internal.DialogueStore;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseRef;
import se.medverka.routing.Cases;
import se.medverka.routing.NewCase;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.limits.AbuseLimits;
import se.medverka.shared.limits.ClientAddress;
import se.medverka.shared.limits.Limit;
import se.medverka.shared.security.CurrentStaff;

/**
 * Proposing and commenting, as a resident does without an account. A proposal becomes a case for
 * the dialogue's committee; under pre-moderation both wait for a moderator before they are public.
 */
@Service
@Transactional
@PreAuthorize("permitAll()")
public class DialogueProposals {

    /** How a proposal registered by staff came in (the same channels as an assisted complaint). */
    public static final List<String> ASSISTED_CHANNELS = List.of("PHONE", "VISIT", "LETTER", "INTERPRETER");

    private final JdbcClient jdbc;
    private final DialogueStore store;
    private final Cases cases;
    private final AbuseLimits limits;
    private final AuditLog audit;
    private final CurrentStaff current;

    DialogueProposals(JdbcClient jdbc, DialogueStore store, Cases cases, AbuseLimits limits, AuditLog audit, CurrentStaff current) {
        this.audit = audit;
        this.current = current;
        this.jdbc = jdbc;
        this.store = store;
        this.cases = cases;
        this.limits = limits;
    }

    /** What the resident is told: the case number of a proposal, and whether it awaits a moderator. */
    public record Receipt(long postId, String caseNumber, boolean pending) {
    }

    /** A proposal: stored, opened as a case for the dialogue's committee, public now or after approval. */
    public Receipt propose(long dialogueId, String title, String body, String email, Language language) {
        limits.take(Limit.PROPOSAL, ClientAddress.current());
        return store(dialogueId, title, body, email, language, null);
    }

    /**
     * A proposal staff register for a resident who does not use the web (on the phone, at a library or
     * service office, from a letter, with an interpreter), in the resident's language. From then on it
     * is like one sent on the web (case, moderation, feedback mail to the address if one was given);
     * the channel is stored, who registered it goes to the audit trail only, never to the public.
     * Staff are not held to the residents' abuse limit (a service office registers many).
     */
    @PreAuthorize("hasAnyRole('HANDLER', 'MODERATOR', 'ADMIN')")
    public Receipt proposeAssisted(long dialogueId, String title, String body, String email, Language language, String channel) {
        if (channel == null || !ASSISTED_CHANNELS.contains(channel)) {
            throw new DialogueException("dialogue.assisted.channel.error.required");
        }
        Receipt receipt = store(dialogueId, title, body, email, language, channel);
        audit.record(current.actor(), "PROPOSAL_ASSISTED", "dialogue_post", String.valueOf(receipt.postId()), "channel=" + channel);
        return receipt;
    }

    private Receipt store(long dialogueId, String title, String body, String email, Language language, String channel) {
        DialogueStore.Open d = store.open(dialogueId);
        if (!d.allowProposals()) {
            throw new DialogueException("dialogue.proposal.form.error.closed");
        }
        String t = DialogueStore.plain(title);
        String b = DialogueStore.plain(body);
        if (t.isEmpty() || t.length() > Dialogues.MAX_TITLE) {
            throw new DialogueException("dialogue.proposal.title.error.required");
        }
        if (b.isEmpty() || b.length() > Dialogues.MAX_TEXT) {
            throw new DialogueException("dialogue.proposal.body.error.required");
        }
        Long participant = DialogueStore.address(email) == null ? null : store.participant(dialogueId, email, language);
        PostStatus status = d.newPostStatus();
        long id = store.insertPost(dialogueId, null, participant, t, b, language, status);
        CaseRef ref = cases.open(new NewCase(CaseKind.DIALOGUE_PROPOSAL, "dialogue-post-" + id, null, null,
                d.committeeId(), language.code()));
        jdbc.sql("update dialogue_post set case_id = :c, case_number = :n, channel = :ch where id = :id")
                .param("c", ref.id()).param("n", ref.caseNumber()).param("ch", channel, java.sql.Types.VARCHAR)
                .param("id", id).update();
        return new Receipt(id, ref.caseNumber(), status == PostStatus.PENDING);
    }

    public Receipt comment(long proposalId, String body, String email, Language language) {
        limits.take(Limit.COMMENT, ClientAddress.current());
        long dialogueId = jdbc.sql("select dialogue_id from dialogue_post where id = :id and proposal_id is null and status = 'PUBLISHED'")
                .param("id", proposalId).query(Long.class).optional()
                .orElseThrow(() -> new DialogueException("dialogue.comment.form.error.notfound"));
        DialogueStore.Open d = store.open(dialogueId);
        if (!d.allowComments()) {
            throw new DialogueException("dialogue.comment.form.error.closed");
        }
        String b = DialogueStore.plain(body);
        if (b.isEmpty() || b.length() > Dialogues.MAX_TEXT) {
            throw new DialogueException("dialogue.comment.body.error.required");
        }
        Long participant = DialogueStore.address(email) == null ? null : store.participant(dialogueId, email, language);
        PostStatus status = d.newPostStatus();
        long id = store.insertPost(dialogueId, proposalId, participant, null, b, language, status);
        if (status == PostStatus.PUBLISHED) {
            store.countComment(proposalId, 1);
        }
        return new Receipt(id, null, status == PostStatus.PENDING);
    }
}
