package se.medverka.shared.startup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Refuses to start a portal that is not configured for production, with one message that lists
 * everything missing, instead of running with a laptop's conveniences or failing on the first
 * missing piece. Runs after the bean definitions are known and before any bean is made (so before
 * the data source or the mail sender could fail on their own). The development profile {@code dev}
 * supplies every need itself and is not checked.
 *
 * <p>The needs are the {@link StartupRequirement} beans of all modules, grouped by
 * {@link StartupRequirement#need()}: a need is met when any of its alternatives is.
 */
public class ProductionReadiness implements BeanFactoryPostProcessor, EnvironmentAware, PriorityOrdered {

    public static final String DEV_PROFILE = "dev";
    /** A class only development builds have (GreenMail, an optional dependency). */
    static final String DEV_TOOL = "com.icegreen.greenmail.util.GreenMail";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (environment.matchesProfiles(DEV_PROFILE)) {
            // The production jar leaves the development tools out; "dev" there would mean demo content,
            // a generated key and printed passwords on a real database. Refused, whatever is configured.
            if (!ClassUtils.isPresent(DEV_TOOL, beanFactory.getBeanClassLoader())) {
                throw new MissingConfigurationException(List.of("the development tools of the dev profile: this build "
                        + "does not carry them (the production jar); start without the dev profile, or use "
                        + "./mvnw -pl portal spring-boot:run"));
            }
            return;
        }
        List<String> missing = missing(beanFactory.getBeanProvider(StartupRequirement.class).orderedStream().toList(), environment);
        if (!missing.isEmpty()) {
            throw new MissingConfigurationException(missing);
        }
    }

    /** The unmet needs, each as "need: how to provide it (or another way)". */
    static List<String> missing(List<StartupRequirement> requirements, Environment environment) {
        Map<String, List<StartupRequirement>> byNeed = new LinkedHashMap<>();
        requirements.forEach(r -> byNeed.computeIfAbsent(r.need(), n -> new ArrayList<>()).add(r));
        List<String> missing = new ArrayList<>();
        byNeed.forEach((need, alternatives) -> {
            if (alternatives.stream().noneMatch(r -> r.isMet(environment))) {
                missing.add(need + ": " + String.join(" — or: ", alternatives.stream().map(StartupRequirement::howTo).toList()));
            }
        });
        return missing;
    }
}
