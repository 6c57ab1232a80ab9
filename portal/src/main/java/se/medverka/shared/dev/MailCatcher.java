package se.medverka.shared.dev;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
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
            return new CaughtMail(recipients, message.getSubject(), text(message), received);
        } catch (MessagingException | IOException e) {
            return new CaughtMail("?", "?", e.getMessage(), Instant.EPOCH);
        }
    }

    /**
     * The text a mail program would show: Jakarta Mail undoes the transfer encoding (base64,
     * quoted-printable) and the charset; of a multipart mail the plain-text part is taken.
     */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") || part.isMimeType("text/*") && !(part.getContent() instanceof Multipart)) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                Part child = multipart.getBodyPart(i);
                if (child.isMimeType("text/html")) {
                    html = html == null ? text(child) : html;
                } else {
                    String text = text(child);
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return html == null ? "" : html;
        }
        return "";
    }

    public record CaughtMail(String to, String subject, String body, Instant received) {
    }
}
