package se.medverka.budget.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import se.medverka.budget.BudgetException;
import se.medverka.shared.security.ResidentIdentification;

/**
 * The authorization code flow of OpenID Connect for a resident who votes, kept apart from the staff
 * sign-in: the resident is never signed in to the portal, the ID token is only read for its
 * {@code personalIdentityNumber}, which is turned into the round's keyed hashes at once and then
 * dropped. {@code state}, {@code nonce} and the PKCE verifier are random per attempt and checked; the token
 * is checked for its signature (the provider's published keys), issuer, audience and expiry.
 */
@Component
public class EidClient {

    public static final String CLAIM = "personalIdentityNumber";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ObjectProvider<ResidentIdentification> settings;
    private volatile Provider provider;

    EidClient(ObjectProvider<ResidentIdentification> settings) {
        this.settings = settings;
    }

    /** Whether e-identification is configured at all (else the ballot offers only the codes). */
    public boolean available() {
        return settings.getIfAvailable() != null;
    }

    /** One attempt: where to send the browser, and what to check when it comes back. */
    public record Attempt(String state, String nonce, String verifier, String redirectUri, String authorizeUrl)
            implements java.io.Serializable {
    }

    public Attempt start(String redirectUri) {
        ResidentIdentification s = settings.getObject();
        String state = random();
        String nonce = random();
        String verifier = random() + random();
        String url = UriComponentsBuilder.fromUriString(provider().authorize())
                .queryParam("response_type", "code")
                .queryParam("client_id", s.clientId())
                .queryParam("scope", "openid")
                .queryParam("redirect_uri", redirectUri)
                .queryParam("state", state)
                .queryParam("nonce", nonce)
                .queryParam("code_challenge", challenge(verifier))
                .queryParam("code_challenge_method", "S256")
                .encode().build().toUriString();
        return new Attempt(state, nonce, verifier, redirectUri, url);
    }

    /** The identity number the provider vouches for, after every check; refuses otherwise. */
    public String finish(Attempt attempt, String state, String code) {
        if (attempt == null || state == null || code == null || !attempt.state().equals(state)) {
            org.slf4j.LoggerFactory.getLogger(EidClient.class).warn("E-identification refused: state or code missing or wrong");
            throw new BudgetException("budget.vote.eid.error.failed");
        }
        ResidentIdentification s = settings.getObject();
        try {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "authorization_code");
            form.add("code", code);
            form.add("redirect_uri", attempt.redirectUri());
            form.add("code_verifier", attempt.verifier());
            Map<String, Object> tokens = RestClient.create().post().uri(URI.create(provider().token()))
                    .headers(h -> h.setBasicAuth(enc(s.clientId()), enc(s.clientSecret())))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() { });
            Object idToken = tokens == null ? null : tokens.get("id_token");
            if (!(idToken instanceof String token)) {
                throw new BudgetException("budget.vote.eid.error.failed");
            }
            Jwt jwt = provider().decoder().decode(token);
            List<String> audience = jwt.getAudience();
            if (audience == null || !audience.contains(s.clientId()) || !attempt.nonce().equals(jwt.getClaimAsString("nonce"))) {
                org.slf4j.LoggerFactory.getLogger(EidClient.class).warn("E-identification refused: audience or nonce");
                throw new BudgetException("budget.vote.eid.error.failed");
            }
            return Optional.ofNullable(jwt.getClaimAsString(CLAIM))
                    .orElseThrow(() -> new BudgetException("budget.vote.eid.error.invalid"));
        } catch (BudgetException e) {
            throw e;
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(EidClient.class).warn("E-identification refused: {}", e.toString());
            throw new BudgetException("budget.vote.eid.error.failed");
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private record Provider(String authorize, String token, JwtDecoder decoder) {
    }

    /** The provider's endpoints and keys, read from its discovery document on first use. */
    private Provider provider() {
        Provider p = provider;
        if (p == null) {
            String issuer = settings.getObject().issuer();
            Map<String, Object> discovery = RestClient.create().get()
                    .uri(issuer + "/.well-known/openid-configuration").retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() { });
            p = new Provider(String.valueOf(discovery.get("authorization_endpoint")), String.valueOf(discovery.get("token_endpoint")),
                    JwtDecoders.fromIssuerLocation(issuer));
            provider = p;
        }
        return p;
    }

    /** PKCE (RFC 7636): the code can only be exchanged by whoever started the attempt. */
    private static String challenge(String verifier) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The configured provider, when {@code medverka.eid.issuer} is set. */
    @Configuration(proxyBeanMethods = false)
    static class Settings {
        @Bean
        @ConditionalOnExpression("'${medverka.eid.issuer:}' != ''")
        ResidentIdentification residentIdentification(@Value("${medverka.eid.issuer}") String issuer,
                                                      @Value("${medverka.eid.client-id:}") String clientId,
                                                      @Value("${medverka.eid.client-secret:}") String secret) {
            return new ResidentIdentification(issuer, clientId, secret);
        }
    }
}
