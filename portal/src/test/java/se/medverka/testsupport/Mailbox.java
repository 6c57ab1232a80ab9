package se.medverka.testsupport;


import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The mails the test run's SMTP server ({@link TestEnvironment#mail()}) has received. */
public final class Mailbox {

    private Mailbox() {
    }

    /** The first mail to {@code recipient} whose subject or body contains {@code text}, if any yet. */
    public static Optional<MimeMessage> find(String recipient, String text) {
        return Arrays.stream(TestEnvironment.mail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(recipient)
                                && (m.getSubject().contains(text) || GreenMailUtil.getBody(m).contains(text));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst();
    }

    /** As {@link #find}, waiting up to 30 seconds for the mail to arrive. */
    public static MimeMessage await(String recipient, String text) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> find(recipient, text).isPresent());
        return find(recipient, text).orElseThrow();
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
