package se.medverka.testsupport;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each Spring context of the portal installs its own (Vaadin-aware) security context strategy in the
 * static {@link SecurityContextHolder}, and its method security reads that context's instance. When
 * a test run holds several contexts, the static holder belongs to whichever started last, so a test
 * that sets an authentication (see {@link StaffFixtures#as}) would set it where its own context's
 * services do not look. Before every test, the holder is given back to the test's own context.
 */
public class ContextSecurityStrategy implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
