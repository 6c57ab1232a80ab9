package se.medverka.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.medverka.shared.security.StaffRole;
import se.medverka.testsupport.BrowserTestBase;
import se.medverka.testsupport.StaffFixtures;

/**
 * The portal over real HTTP (production mode, random port): security headers, the Content-Security-Policy
 * breaking none of the pages, UIDL requests without the right security key not executed, and login
 * brute force stopped by the lock.
 */
class HttpSecurityIT extends BrowserTestBase {

    @Autowired StaffFixtures staff;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/klagomal", "/dialog", "/barn", "/personal/login")) {
            var headers = get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                            "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "connect-src 'self'",
                            "frame-ancestors 'self'", "form-action 'self'", "base-uri 'self'", "object-src 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("SAMEORIGIN");
            assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain http: " + path).isEmpty();
        }
    }

    @Test
    void hstsIsSentWhenTheProxySaysTheRequestCameOverTls() throws Exception {
        var headers = get("/", "X-Forwarded-Proto", "https").headers();
        assertThat(headers.firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
    }

    @Test
    void staffPagesAndTheComplaintFlowAreNeverStored() throws Exception {
        for (String path : List.of("/personal/login", "/personal", "/personal/arenden/1", "/klagomal", "/klagomal/status")) {
            var response = get(path);
            assertThat(response.headers().allValues("Cache-Control")).as(path).containsExactly("no-store");
        }
        assertThat(get("/").headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    @Test
    void theContentSecurityPolicyBlocksNothingOfThePortal() {
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                violations.add(page.url() + ": " + m.text());
            }
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                + "console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
        for (String path : List.of("", "klagomal", "klagomal/status", "dialog", "barn", "information", "personal/login")) {
            open(page, path);
        }
        login(page, se.medverka.testsupport.TestEnvironment.ADMIN_USERNAME, se.medverka.testsupport.TestEnvironment.ADMIN_PASSWORD);
        for (String path : List.of("personal", "personal/arenden", "personal/klagomal", "personal/dialoger",
                "personal/konsultationer", "personal/register")) {
            open(page, path);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void aUidlRequestWithAWrongOrMissingSecurityKeyIsNotExecuted() throws Exception {
        String[] key = new String[1];
        page.onResponse(r -> captureSecurityKey(r, key));
        open(page, "");
        assertThat(key[0]).as("the page's own security key, for the control request").isNotBlank();
        String session = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value).findFirst().orElseThrow();

        for (String bogus : new String[] {"\"00000000-0000-0000-0000-000000000000\"", null}) {
            var refused = uidl(session, bogus, 0);
            // Vaadin refuses it with an application error and sync id -1: nothing of the request was run.
            assertThat(refused.body()).as("refused with key " + bogus).contains("\"appError\"").contains("\"syncId\":-1");
        }
        // The same request with the right key passes the key check and is executed once it carries the
        // client id the server expects next (the browser has used the first ones): a normal answer.
        HttpResponse<String> accepted = null;
        for (int clientId = 0; clientId < 30 && (accepted == null || accepted.body().contains("appError")); clientId++) {
            accepted = uidl(session, "\"" + key[0] + "\"", clientId);
        }
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"syncId\"").doesNotContain("\"syncId\":-1").doesNotContain("appError");
    }

    private static void captureSecurityKey(Response response, String[] key) {
        // The key comes with the page's first state: inside the page itself (ViewInFirstResponse), or in
        // the answer to ?v-r=init when that is switched off.
        if (key[0] == null && (response.url().contains("v-r=init") || response.request().isNavigationRequest())) {
            Matcher m = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(response.text());
            if (m.find()) {
                key[0] = m.group(1);
            }
        }
    }

    private HttpResponse<String> uidl(String session, String csrfToken, int clientId) throws Exception {
        String body = "{" + (csrfToken == null ? "" : "\"csrfToken\":" + csrfToken + ",")
                + "\"rpc\":[],\"syncId\":0,\"clientId\":" + clientId + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sixLoginPostsAgainstOneAccountFromOneConnectionAreThrottledEvenWithTheRightPassword() throws Exception {
        // Throttled per connection (and per account from that connection), never a lock of the account
        // itself: BreakGlassSignInIT and LocalSignInTest show the message and another connection.
        String victim = staff.member("brute-" + System.nanoTime(), StaffRole.HANDLER, "trafiknamnden");
        String control = staff.member("brute-control-" + System.nanoTime(), StaffRole.HANDLER, "trafiknamnden");
        assertThat(postLogin(control, StaffFixtures.PASSWORD)).as("the right password lets one in").endsWith("/personal");

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(postLogin(victim, "wrong-" + attempt)).as("attempt " + attempt).contains("error");
        }
        assertThat(postLogin(victim, StaffFixtures.PASSWORD)).as("sixth attempt, right password, throttled").contains("error");
    }

    /** Posts the login form as a browser would (a fresh session, the page's CSRF token); returns where it redirects. */
    private String postLogin(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/personal/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(loginPage);
        String form = "username=" + enc(username) + "&password=" + enc(password) + (csrf.find() ? "&_csrf=" + enc(csrf.group(1)) : "");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/personal/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("a redirect after the login post: " + response.body()).isBetween(300, 399);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
