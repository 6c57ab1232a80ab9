package se.medverka.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind TLS (an https:// address, as every test run's) the session cookie is {@code __Host-}
 * prefixed and Secure, for this exact host and path {@code /}. The other tests switch it off because
 * they talk plain http; this one does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "medverka.session.secure-cookie=auto")
class SessionCookieTest {

    @LocalServerPort int port;

    @Test
    void behindTlsTheSessionCookieIsHostPrefixedSecureAndForTheWholeSite() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/personal/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().allValues("set-cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith(SessionCookie.SECURE_NAME + "=")
                        .contains("Secure", "Path=/", "HttpOnly")
                        .doesNotContainIgnoringCase("Domain="));
    }
}
