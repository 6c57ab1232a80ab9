package se.medverka.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due mails from the outbox, one per transaction: the row stays locked while it is sent and
 * is marked sent in the same transaction, so a mail is neither lost nor sent twice by two nodes.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutboxRepository outbox;
    private final JavaMailSender sender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;
    private final int maxAttempts;
    private final int batchSize;
    private final MailOutbox attachments;

    MailDispatcher(MailOutbox attachments, OutboxRepository outbox, JavaMailSender sender, TransactionTemplate transactions, Clock clock,
                   @Value("${medverka.mail.from:medverka@stad.example}") String from,
                   @Value("${medverka.mail.max-attempts:50}") int maxAttempts,
                   @Value("${medverka.mail.batch-size:100}") int batchSize) {
        this.attachments = attachments;
        this.outbox = outbox;
        this.sender = sender;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${medverka.mail.dispatch-interval:PT5S}",
               initialDelayString = "${medverka.mail.dispatch-interval:PT5S}")
    public void dispatchScheduled() {
        dispatchDue();
    }

    /** Sends what is due now; returns how many mails were attempted. */
    public int dispatchDue() {
        int attempted = 0;
        while (attempted < batchSize && Boolean.TRUE.equals(transactions.execute(status -> sendNext()))) {
            attempted++;
        }
        return attempted;
    }

    private boolean sendNext() {
        return outbox.lockNextDue(clock.instant()).map(mail -> {
            try {
                sender.send(toMessage(mail));
                mail.sent(clock.instant(), messageId(mail));
                if (mail.isPersonal()) {
                    // Redacted like the body: an invitation names the person's meeting.
                    attachments.dropAttachments(mail.getId());
                }
            } catch (MailException | MessagingException e) {
                log.warn("Mail {} not sent (attempt {}): {}", mail.getId(), mail.getAttempts() + 1, e.getMessage());
                mail.failed(clock.instant(), e.getMessage(), maxAttempts);
            }
            return true;
        }).orElse(false);
    }

    private MimeMessage toMessage(OutboxMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        java.util.List<MailOutbox.Attachment> files = attachments.attachments(mail.getId());
        MimeMessageHelper helper = new MimeMessageHelper(message, !files.isEmpty(), StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.getRecipient());
        helper.setSubject(mail.getSubject());
        helper.setText(mail.getBody());
        for (MailOutbox.Attachment file : files) {
            helper.addAttachment(file.fileName(), new org.springframework.core.io.ByteArrayResource(file.content()), file.contentType());
        }
        // A stable id lets a receiving system recognise a retry of the same mail.
        message.saveChanges();
        message.setHeader("Message-ID", messageId(mail));
        return message;
    }

    private static String messageId(OutboxMail mail) {
        return "<outbox-" + mail.getId() + "@medverka>";
    }
}
