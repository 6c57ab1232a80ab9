package se.medverka.complaint.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The key rotation command: started with {@code --medverka.complaint.reencrypt=true}, the portal
 * re-encrypts all complaint content with the newest key ({@link KeyRotation}), prints what it did
 * and what still needs an older key, and stops (exit code 0). See docs/security.md.
 */
@Component
@ConditionalOnProperty(name = "medverka.complaint.reencrypt", havingValue = "true")
class ReencryptCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReencryptCommand.class);

    private final KeyRotation rotation;
    private final ConfigurableApplicationContext context;

    ReencryptCommand(KeyRotation rotation, ConfigurableApplicationContext context) {
        this.rotation = rotation;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        KeyRotation.Result r = rotation.reencryptAll();
        log.info("Re-encrypted with the newest complaint key: {} complaints, {} notes, {} answers, follow-up counts; "
                + "{} PIN hashes still need an older key (re-hashed at the resident's next status check, or erased with "
                + "their complaint).", r.complaints(), r.notes(), r.answers(), r.pinsOnOlderKeys());
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
