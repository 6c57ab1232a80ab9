package se.medverka.complaint.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.medverka.shared.startup.StartupRequirement;

/** Production stores no complaint without its encryption keys; only the dev profile generates one. */
@Component
class ComplaintKeysRequirement implements StartupRequirement {

    @Override
    public String need() {
        return "complaint encryption keys";
    }

    @Override
    public boolean isMet(Environment environment) {
        String keys = environment.getProperty("medverka.complaint.keys", "");
        if (keys.isBlank()) {
            return false;
        }
        try {
            ComplaintCrypto.parse(keys.strip());
            return true;
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    @Override
    public String howTo() {
        return "set MEDVERKA_COMPLAINT_KEYS=<id>:<base64 of 32 random bytes>, e.g. k1:$(openssl rand -base64 32) "
                + "(newest first, comma-separated; kept in the city's secret store)";
    }
}
