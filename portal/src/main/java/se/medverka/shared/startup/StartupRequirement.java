package se.medverka.shared.startup;

import org.springframework.core.env.Environment;

/**
 * One thing a production portal needs before it may start (a database, a mail server, keys…),
 * checked by {@link ProductionReadiness} before any other bean is made. Declare it as a bean with no
 * dependencies (it is created that early). Requirements with the same {@link #need()} are
 * alternatives: the need is met when any of them is, and the refusal lists all of them — e.g. the
 * administrator's password or, once there is one, an OpenID Connect provider.
 */
public interface StartupRequirement {

    /** What is needed, as the refusal names it (e.g. "an administrator"); equal needs are alternatives. */
    String need();

    /** Whether this configuration provides it. */
    boolean isMet(Environment environment);

    /** How to provide it: the variables to set, in one line. */
    String howTo();

    /** A requirement given by a test of the environment. */
    static StartupRequirement of(String need, String howTo, java.util.function.Predicate<Environment> met) {
        return new StartupRequirement() {
            @Override
            public String need() {
                return need;
            }

            @Override
            public boolean isMet(Environment environment) {
                return met.test(environment);
            }

            @Override
            public String howTo() {
                return howTo;
            }
        };
    }

    /** Whether {@code property} has a non-blank value. */
    static boolean isSet(Environment environment, String property) {
        String value = environment.getProperty(property);
        return value != null && !value.isBlank();
    }
}
