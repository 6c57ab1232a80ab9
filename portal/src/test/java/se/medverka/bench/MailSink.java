package se.medverka.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server of the load benchmark (bench/load.sh): the production jar needs one, and mail is
 * part of a submission's cost. Accepts everything and forgets it every few seconds, so that memory
 * stays flat. Usage: {@code MailSink <port>}.
 */
public final class MailSink {

    private MailSink() {
    }

    public static void main(String[] args) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.parseInt(args[0]), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
        while (true) {
            Thread.sleep(5_000);
            smtp.purgeEmailFromAllMailboxes();
        }
    }
}
