package se.medverka.shared.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns the refusal into Spring Boot's "APPLICATION FAILED TO START" report without a stack trace:
 * what is missing, and how to configure it or start the development profile instead.
 */
class MissingConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<MissingConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, MissingConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the variables above (see docs/operations.md). To try the portal on a laptop instead, start it "
                        + "with the development profile: ./mvnw -pl portal spring-boot:run, or java -jar with "
                        + "--spring.profiles.active=" + ProductionReadiness.DEV_PROFILE + " from a build that includes the "
                        + "development tools.", cause);
    }
}
