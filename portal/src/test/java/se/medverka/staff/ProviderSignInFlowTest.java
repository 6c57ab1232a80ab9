package se.medverka.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.security.StaffRole;
import se.medverka.staff.internal.TestIdentityProvider;
import se.medverka.testsupport.StaffFixtures;

/**
 * The OpenID Connect protocol between the portal and a real provider, at the HTTP level (no
 * browser): authorization request, the provider's login form, the code back to the portal, the
 * token exchange, the ID token's groups and amr — and where the portal sends the person.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderSignInFlowTest {

    static final TestIdentityProvider PROVIDER = TestIdentityProvider.start(0)
            .person("flow.handler", "flow-password-1", "Flow Handler", true, "flow-handlers")
            .person("flow.nomfa", "flow-password-1", "Flow Utan", false, "flow-handlers")
            .person("flow.nobody", "flow-password-1", "Flow Ingen", true, "unmapped");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("medverka.oidc.issuer", PROVIDER::issuer);
        registry.add("medverka.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add("medverka.oidc.client-secret", PROVIDER::clientSecret);
        registry.add("medverka.oidc.scopes", () -> "openid");
        registry.add("medverka.oidc.acr-values", () -> "mfa");
        registry.add("medverka.oidc.required-amr", () -> "mfa");
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    @LocalServerPort int port;
    @Autowired GroupMappings mappings;
    @Autowired RoutingRegister register;

    @Test
    void aMappedPersonWithMultiFactorArrivesInTheStaffArea() throws Exception {
        map();
        assertThat(signIn("flow.handler")).isEqualTo("/personal");
    }

    @Test
    void aTokenWithoutMultiFactorIsRefused() throws Exception {
        map();
        assertThat(signIn("flow.nomfa")).isEqualTo("/personal/login?error=mfa");
    }

    @Test
    void someoneWithoutAMappedGroupIsRefused() throws Exception {
        map();
        assertThat(signIn("flow.nobody")).isEqualTo("/personal/login?error=norole");
    }

    private void map() {
        long committee = register.committees().get(2).id();
        StaffFixtures.asAdmin(() -> {
            if (mappings.mappings().stream().noneMatch(m -> m.group().equals("flow-handlers"))) {
                mappings.add("flow-handlers", StaffRole.HANDLER, committee);
            }
            return null;
        });
    }

    /** Follows the whole flow by hand; returns the portal path the person ends on. */
    private String signIn(String username) throws Exception {
        try (HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build()) {
            String portal = "http://localhost:" + port;
            HttpResponse<String> r = get(http, portal + "/oauth2/authorization/city");
            String authorize = location(r, portal);
            assertThat(authorize).startsWith(PROVIDER.issuer() + "/oauth2/authorize").contains("acr_values=mfa");
            r = get(http, authorize);
            String login = location(r, PROVIDER.issuer());
            r = get(http, login);
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(r.body());
            assertThat(csrf.find()).as("login form:\n%s", r.body()).isTrue();
            r = http.send(HttpRequest.newBuilder(URI.create(PROVIDER.issuer() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=flow-password-1&_csrf="
                            + enc(csrf.group(1)))).build(), HttpResponse.BodyHandlers.ofString());
            String next = location(r, PROVIDER.issuer());
            while (next.startsWith(PROVIDER.issuer())) {
                next = location(get(http, next), PROVIDER.issuer());
            }
            assertThat(next).startsWith(portal + "/login/oauth2/code/city");
            r = get(http, next);
            return location(r, portal).substring(portal.length());
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> r, String base) {
        assertThat(r.statusCode()).as("%s → %s", r.uri(), r.body()).isBetween(300, 399);
        String l = r.headers().firstValue("Location").orElseThrow();
        return l.startsWith("/") ? base + l : l;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
