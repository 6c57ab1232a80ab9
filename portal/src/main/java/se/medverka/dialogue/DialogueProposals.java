package se.medverka.dialogue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.medverka.dialogue.internal.DialogueStore;
import se.medverka.routing.CaseKind;
import se.medverka.routing.CaseRef;
import se.medverka.routing.Cases;
import se.medverka.routing.NewCase;
import se.medverka.shared.i18n.Language;

/**
 * Proposing and commenting, as a resident does without an account. A proposal becomes a case for
 * the dialogue's committee; under pre-moderation both wait for a moderator before they are public.
 */
@Service
@Transactional
@PreAuthorize("permitAll()")
public class DialogueProposals {

    private final JdbcClient jdbc;
    private final DialogueStore store;
    private final Cases cases;

    DialogueProposals(JdbcClient jdbc, DialogueStore store, Cases cases) {
        this.jdbc = jdbc;
        this.store = store;
        this.cases = cases;
    }

    /** What the resident is told: the case number of a proposal, and whether it awaits a moderator. */
    public record Receipt(long postId, String caseNumber, boolean pending) {
    }

    /** A proposal: stored, opened as a case for the dialogue's committee, public now or after approval. */
    public Receipt propose(long dialogueId, String title, String body, String email, Language language) {
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
        jdbc.sql("update dialogue_post set case_id = :c, case_number = :n where id = :id")
                .param("c", ref.id()).param("n", ref.caseNumber()).param("id", id).update();
        return new Receipt(id, ref.caseNumber(), status == PostStatus.PENDING);
    }

    public Receipt comment(long proposalId, String body, String email, Language language) {
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
