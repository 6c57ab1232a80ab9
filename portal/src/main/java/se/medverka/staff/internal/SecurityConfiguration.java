package se.medverka.staff.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import se.medverka.shared.security.Argon2Hashing;
import se.medverka.staff.ui.LoginView;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.transaction.PlatformTransactionManager;
import se.medverka.audit.AuditLog;

/**
 * Public pages for everyone, the staff area ({@code /personal}) behind a login; view access by
 * annotations, service access by method security. Passwords are Argon2id.
 *
 * <p>Headers on every response: a Content-Security-Policy as strict as Vaadin Flow allows (its
 * client evaluates code and sets inline styles, hence {@code 'unsafe-inline' 'unsafe-eval'}; no
 * other origin is ever contacted), nosniff, a same-origin referrer, framing only by ourselves,
 * HSTS on secure requests (behind a TLS proxy the request counts as secure through
 * {@code X-Forwarded-Proto}, see {@code server.forward-headers-strategy}), and {@code no-store}
 * for the staff area and the complaint flow (receipt with PIN, status page).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' data: blob:",
            "connect-src 'self'",
            "frame-ancestors 'self'",
            "form-action 'self'",
            "base-uri 'self'",
            "object-src 'none'");

    /** Paths whose responses no browser or proxy may keep: staff data, a complaint's PIN and status. */
    private static final String[] NO_STORE_PREFIXES = {"/personal", "/klagomal"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<IdentityProviderSettings> provider,
                                            StaffUserRepository users, GroupMappingStore mappings, AuditLog audit,
                                            JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
                                            @Value("${medverka.staff.session.absolute-lifetime:PT10H}") Duration lifetime)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/themes/**", "/favicon.ico").permitAll());
        // Every request of a signed-in person checks that the account has not changed since (roles,
        // deactivation) and that the session is younger than its absolute lifetime.
        http.addFilterAfter(new SessionsFollowAccounts(jdbc, clock, lifetime), AnonymousAuthenticationFilter.class);
        IdentityProviderSettings settings = provider.getIfAvailable();
        LogoutSuccessHandler providerLogout = settings == null ? null : ProviderLogin.configure(http, settings,
                new ProviderSignIn(settings, users, mappings, audit, clock, transactions));
        http.headers(headers -> headers
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .contentTypeOptions(c -> { })
                .frameOptions(f -> f.sameOrigin())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                .addHeaderWriter(noStore())
                // Vaadin writes its pages past the wrapper that would add the headers on commit, so
                // they are written before the request is handled (a later setHeader still wins).
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class, "/").defaultSuccessUrl("/personal");
            if (providerLogout != null) {
                vaadin.logoutSuccessHandler(providerLogout);
            }
        }).build();
    }

    /**
     * Replaces whatever caching header was set for the staff area and the complaint flow. (Vaadin's
     * own UIDL responses, which carry the views' content, get Spring Security's default
     * {@code no-cache, no-store} already.)
     */
    private static HeaderWriter noStore() {
        return (HttpServletRequest request, HttpServletResponse response) -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            for (String prefix : NO_STORE_PREFIXES) {
                if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                    response.setHeader("Cache-Control", "no-store");
                    response.setHeader("Pragma", "no-cache");
                    response.setHeader("Expires", "0");
                    return;
                }
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        String id = "argon2";
        return new DelegatingPasswordEncoder(id,
                Map.of(id, new Argon2Hashing()));
    }
}
