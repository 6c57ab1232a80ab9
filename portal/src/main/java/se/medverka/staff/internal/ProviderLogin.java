package se.medverka.staff.internal;

import java.util.Map;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Sign-in through the city's OpenID Connect provider: "Logga in med ditt konto i staden" on the
 * login page leads to {@code /oauth2/authorization/city}, the provider sends the person back to
 * {@code /login/oauth2/code/city}. Multi-factor is asked for with {@code acr_values}; signing out
 * ends the session here and at the provider (RP-initiated logout).
 */
final class ProviderLogin {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProviderLogin.class);

    /** Where the login page's provider button leads. */
    static final String START = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
            + "/" + IdentityProviderSettings.REGISTRATION_ID;

    private ProviderLogin() {
    }

    /** Configures the sign-in; returns the sign-out handler that also ends the session at the provider. */
    static LogoutSuccessHandler configure(HttpSecurity http, IdentityProviderSettings settings, ProviderSignIn signIn)
            throws Exception {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.issuer())
                .registrationId(IdentityProviderSettings.REGISTRATION_ID)
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope(settings.scopes())
                // "sub" is always there (userinfo may lack the other claims); the account's username
                // comes from the configured claim, see ProviderSignIn.
                .userNameAttributeName("sub")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        if (!settings.acrValues().isBlank()) {
            requests.setAuthorizationRequestCustomizer(request -> request.additionalParameters(
                    Map.of("acr_values", settings.acrValues())));
        }
        http.oauth2Login(login -> login
                .loginPage("/personal/login")
                .clientRegistrationRepository(registrations)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn))
                .defaultSuccessUrl("/personal", true)
                .failureHandler((request, response, exception) -> {
                    // The reason in the log, for whoever runs the portal (no personal data in it).
                    log.info("Sign-in through the identity provider refused: {}", exception.getMessage());
                    String code = exception instanceof OAuth2AuthenticationException oauth
                            && ProviderSignIn.REFUSALS.contains(oauth.getError().getErrorCode())
                            ? oauth.getError().getErrorCode() : "provider";
                    response.sendRedirect(request.getContextPath() + "/personal/login?error=" + code);
                }));
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        // Signing out is a Vaadin server round-trip (AuthenticationContext.logout()), not a page load:
        // the redirect to the provider's end_session endpoint must become a client-side navigation.
        logout.setRedirectStrategy(new com.vaadin.flow.spring.security.UidlRedirectStrategy());
        return logout;
    }
}
