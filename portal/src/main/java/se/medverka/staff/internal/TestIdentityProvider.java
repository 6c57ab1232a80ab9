package se.medverka.staff.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * A real OpenID Connect provider (Spring Authorization Server) started in-process on its own port,
 * with people and their groups as fixtures: what the tests sign in through in chromium, and what the
 * dev profile runs so a newcomer can try staff sign-in without a directory of their own. It runs in
 * a Spring context of its own (nothing of the portal's), on {@code 127.0.0.1} with its own session
 * cookie, so its session never mixes with the portal's on {@code localhost}.
 *
 * <p>The ID token carries {@code preferred_username}, {@code name}, {@code email}, {@code groups}
 * and, as Entra ID and Keycloak do after a second factor, {@code amr} ({@code pwd}, plus {@code mfa}
 * and {@code otp} for a person marked as having one) and {@code acr}.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "medverka";
    /** The second client: residents' e-identification (citizen budget voting), not staff sign-in. */
    public static final String RESIDENT_CLIENT_ID = "medverka-residents";
    static final String RESIDENT_REDIRECT_PATH = "/budget/eid";

    private final String clientSecret = UUID.randomUUID().toString();
    private final String residentClientSecret = UUID.randomUUID().toString();
    final Map<String, String> identityNumbers = new ConcurrentHashMap<>();
    final Map<String, Person> people = new ConcurrentHashMap<>();
    private final Set<String> portals = new CopyOnWriteArraySet<>();
    private final AnnotationConfigServletWebServerApplicationContext context;

    private TestIdentityProvider(int port) {
        context = new AnnotationConfigServletWebServerApplicationContext();
        context.registerBean(TestIdentityProvider.class, () -> this);
        context.registerBean("tomcat", TomcatServletWebServerFactory.class, () -> {
            TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory(port);
            tomcat.getSettings().getSession().getCookie().setName("MEDVERKA_TEST_IDP");
            // Every endpoint is a filter; Tomcat only runs filters for a path some servlet maps.
            tomcat.getSettings().setRegisterDefaultServlet(true);
            try {
                tomcat.setAddress(java.net.InetAddress.getLoopbackAddress());
            } catch (RuntimeException ignored) {
                // listening on every address works as well
            }
            return tomcat;
        });
        context.register(TestIdentityServer.class);
    }

    /** Starts a provider on {@code port} (0: any free port). */
    public static TestIdentityProvider start(int port) {
        TestIdentityProvider provider = new TestIdentityProvider(port);
        provider.context.refresh();
        return provider;
    }

    public String issuer() {
        return "http://127.0.0.1:" + context.getWebServer().getPort();
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** Adds or replaces a person who can sign in with {@code password}, in {@code groups}. */
    public TestIdentityProvider person(String username, String password, String name, boolean multiFactor,
                                       String... groups) {
        people.put(username, new Person(username, password, name, username + "@stad.example", List.of(groups), multiFactor));
        return this;
    }

    /**
     * Adds a resident who identifies with {@code password} and whose ID token, for the residents'
     * client, carries the Swedish profile's {@code personalIdentityNumber}.
     */
    public TestIdentityProvider resident(String username, String password, String personalIdentityNumber) {
        people.put(username, new Person(username, password, username, username + "@invanare.example", List.of(), false));
        identityNumbers.put(username, personalIdentityNumber);
        return this;
    }

    public String residentClientSecret() {
        return residentClientSecret;
    }

    /** The residents' e-identification settings for the portal. */
    public se.medverka.shared.security.ResidentIdentification residentIdentification() {
        return new se.medverka.shared.security.ResidentIdentification(issuer(), RESIDENT_CLIENT_ID, residentClientSecret);
    }

    /** Changes the groups of a person, as the directory's administrators would. */
    public void groups(String username, String... groups) {
        people.computeIfPresent(username, (k, p) -> new Person(p.username(), p.password(), p.name(), p.email(),
                List.of(groups), p.multiFactor()));
    }

    /** Lets the portal at {@code baseUrl} (e.g. {@code http://localhost:8080}) be sent back to after sign-out. */
    public void allowPortal(String baseUrl) {
        portals.add(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    @Override
    public void close() {
        context.close();
    }

    /** Settings for the portal's sign-in through this provider. */
    public IdentityProviderSettings settings(List<String> requiredAmr, String adminGroup) {
        return new IdentityProviderSettings(issuer(), CLIENT_ID, clientSecret, "groups", "preferred_username",
                List.of(OidcScopes.OPENID), "mfa", requiredAmr, List.of(), adminGroup);
    }

    RegisteredClient client() {
        return RegisteredClient.withId("medverka")
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri("http://localhost/login/oauth2/code/city")
                .postLogoutRedirectUris(uris -> uris.addAll(portals))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build();
    }

    RegisteredClient residentClient() {
        return RegisteredClient.withId(RESIDENT_CLIENT_ID)
                .clientId(RESIDENT_CLIENT_ID)
                .clientSecret("{noop}" + residentClientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://localhost" + RESIDENT_REDIRECT_PATH)
                .scope(OidcScopes.OPENID)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build();
    }

    record Person(String username, String password, String name, String email, List<String> groups,
                  boolean multiFactor) {
    }
}
