package se.medverka.staff.internal;

import static se.medverka.staff.internal.TestIdentityProvider.CLIENT_ID;
import static se.medverka.staff.internal.TestIdentityProvider.RESIDENT_CLIENT_ID;
import static se.medverka.staff.internal.TestIdentityProvider.RESIDENT_REDIRECT_PATH;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import se.medverka.staff.internal.TestIdentityProvider.Person;

/**
 * {@link TestIdentityProvider}'s own Spring configuration, registered by hand (the portal never scans
 * it): Spring Authorization Server with a login form, the people and the two clients of the provider.
 */
@EnableWebSecurity
class TestIdentityServer {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults());
            server.authorizationEndpoint(endpoint -> endpoint.authenticationProviders(providers -> providers.forEach(p -> {
                if (p instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider codes) {
                    codes.setAuthenticationValidator(OAuth2AuthorizationCodeRequestAuthenticationValidator
                            .DEFAULT_SCOPE_VALIDATOR.andThen(TestIdentityServer::localRedirect));
                }
            })));
        });
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    /**
     * The portal, started after the provider in the same JVM, installs its own (Vaadin-aware)
     * strategy in the static holder; the provider's endpoints read that static holder. So its
     * filters must not keep the strategy they found at start-up, but use whichever is current.
     */
    @Bean
    static SecurityContextHolderStrategy securityContextHolderStrategy() {
        return new SecurityContextHolderStrategy() {
            @Override
            public void clearContext() {
                SecurityContextHolder.getContextHolderStrategy().clearContext();
            }

            @Override
            public org.springframework.security.core.context.SecurityContext getContext() {
                return SecurityContextHolder.getContextHolderStrategy().getContext();
            }

            @Override
            public java.util.function.Supplier<org.springframework.security.core.context.SecurityContext> getDeferredContext() {
                return SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
            }

            @Override
            public void setContext(org.springframework.security.core.context.SecurityContext context) {
                SecurityContextHolder.getContextHolderStrategy().setContext(context);
            }

            @Override
            public void setDeferredContext(java.util.function.Supplier<org.springframework.security.core.context.SecurityContext> deferredContext) {
                SecurityContextHolder.getContextHolderStrategy().setDeferredContext(deferredContext);
            }

            @Override
            public org.springframework.security.core.context.SecurityContext createEmptyContext() {
                return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
            }
        };
    }

    @Bean
    UserDetailsService people(TestIdentityProvider provider) {
        return username -> {
            Person person = provider.people.get(username);
            if (person == null) {
                throw new UsernameNotFoundException("unknown");
            }
            return User.withUsername(person.username()).password("{noop}" + person.password()).roles("USER").build();
        };
    }

    @Bean
    RegisteredClientRepository clients(TestIdentityProvider provider) {
        return new RegisteredClientRepository() {
            @Override
            public void save(RegisteredClient client) {
                // Only called to re-encode the secret; the one client is made anew on every lookup.
            }

            @Override
            public RegisteredClient findById(String id) {
                return "medverka".equals(id) ? provider.client() : RESIDENT_CLIENT_ID.equals(id) ? provider.residentClient() : null;
            }

            @Override
            public RegisteredClient findByClientId(String clientId) {
                return CLIENT_ID.equals(clientId) ? provider.client()
                        : RESIDENT_CLIENT_ID.equals(clientId) ? provider.residentClient() : null;
            }
        };
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims(TestIdentityProvider provider) {
        return context -> {
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            Person person = provider.people.get(context.getPrincipal().getName());
            if (person == null) {
                return;
            }
            if (RESIDENT_CLIENT_ID.equals(context.getRegisteredClient().getClientId())) {
                // The residents' client gets the identity number only (Swedish e-ID profile), no groups.
                String number = provider.identityNumbers.get(person.username());
                if (number != null) {
                    context.getClaims().claim("personalIdentityNumber", number).claim("name", person.name());
                }
                return;
            }
            context.getClaims()
                    .claim("preferred_username", person.username())
                    .claim("name", person.name())
                    .claim("email", person.email())
                    .claim("groups", person.groups())
                    .claim("amr", person.multiFactor() ? List.of("pwd", "mfa", "otp") : List.of("pwd"))
                    .claim("acr", person.multiFactor() ? "mfa" : "pwd");
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    ServletListenerRegistrationBean<HttpSessionEventPublisher> sessionEvents() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    @Bean
    DelegatingFilterProxyRegistrationBean securityFilter() {
        return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
    }

    /**
     * The portal's redirect URI on any port of {@code localhost} or {@code 127.0.0.1} (the tests' and the
     * newcomer's portal run on a port chosen at start). A real provider registers the exact URI.
     */
    private static void localRedirect(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        UriComponents uri = UriComponentsBuilder.fromUriString(String.valueOf(request.getRedirectUri())).build();
        boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
        String path = RESIDENT_CLIENT_ID.equals(request.getClientId()) ? RESIDENT_REDIRECT_PATH : "/login/oauth2/code/city";
        if (!local || !path.equals(uri.getPath()) || uri.getFragment() != null) {
            throw new OAuth2AuthorizationCodeRequestAuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, "redirect_uri", null), request);
        }
    }
}
