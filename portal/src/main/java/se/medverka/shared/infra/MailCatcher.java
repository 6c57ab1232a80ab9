package se.medverka.shared.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The in-process SMTP server that catches every mail when no mail server is configured, so that a
 * person trying the portal can read them at {@code /dev/post}.
 */
public class MailCatcher {

    private final GreenMail greenMail;

    MailCatcher(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public List<CaughtMail> mails() {
        return Arrays.stream(greenMail.getReceivedMessages())
                .map(MailCatcher::toCaught)
                .sorted(Comparator.comparing(CaughtMail::received).reversed())
                .toList();
    }

    private static CaughtMail toCaught(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            String recipients = to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
            Instant received = message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant();
            return new CaughtMail(recipients, message.getSubject(), GreenMailUtil.getBody(message), received);
        } catch (MessagingException e) {
            return new CaughtMail("?", "?", e.getMessage(), Instant.EPOCH);
        }
    }

    public record CaughtMail(String to, String subject, String body, Instant received) {
    }
}
