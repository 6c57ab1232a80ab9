package se.medverka.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The in-process provider answers OpenID Connect discovery as a real one does (no portal needed). */
class TestIdentityProviderTest {

    @Test
    void publishesItsDiscoveryDocumentWithTheEndpointsThePortalUses() throws Exception {
        try (TestIdentityProvider provider = TestIdentityProvider.start(0);
             HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(
                    URI.create(provider.issuer() + "/.well-known/openid-configuration")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(discovery.statusCode()).isEqualTo(200);
            assertThat(discovery.body())
                    .contains("\"issuer\":\"" + provider.issuer() + "\"")
                    .contains("/oauth2/authorize", "/oauth2/token", "/oauth2/jwks", "end_session_endpoint");
        }
    }
}
