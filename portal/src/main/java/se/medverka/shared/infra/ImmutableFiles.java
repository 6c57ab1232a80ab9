package se.medverka.shared.infra;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Files whose address changes with their content are cached by the browser for a year without
 * asking again: the production bundle's files under {@code /VAADIN/build/} (Vite puts a hash of the
 * content in their names) and stylesheets linked with Vaadin's content hash ({@code ?v-c=…}).
 * Without this a repeat visit on a slow phone asks again for every one of them: Vaadin sends the
 * build files with {@code max-age=3600}, and Spring Security adds {@code Pragma: no-cache} and
 * {@code Expires: 0} to every response that does not set them. This filter runs before Spring
 * Security and keeps anyone after it from changing these headers, for successful answers only.
 */
@Configuration(proxyBeanMethods = false)
class ImmutableFiles {

    /** {@code name-HASH.ext}: Vite's content hash, 8 characters of base64url. */
    private static final Pattern HASHED_BUILD_FILE = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.[a-z0-9]+");
    private static final String CONTENT_HASH_PARAMETER = "v-c";
    private static final String FOR_A_YEAR = "public, max-age=31536000, immutable";
    private static final Set<String> CACHE_HEADERS = Set.of("cache-control", "pragma", "expires");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> immutableFilesFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (isContentAddressed(request)) {
                    response.setHeader("Cache-Control", FOR_A_YEAR);
                    chain.doFilter(request, new CachedForAYear(response));
                } else {
                    chain.doFilter(request, response);
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static boolean isContentAddressed(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return HASHED_BUILD_FILE.matcher(path).matches()
                || (path.startsWith("/VAADIN/") || path.endsWith(".css")) && request.getParameter(CONTENT_HASH_PARAMETER) != null;
    }

    /** Ignores everyone else's cache headers; an error answer is not cached at all. */
    private static final class CachedForAYear extends HttpServletResponseWrapper {

        CachedForAYear(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!ours(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!ours(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!ours(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!ours(name)) {
                super.addDateHeader(name, date);
            }
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            notCachedUnlessSuccessful(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            notCachedUnlessSuccessful(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            notCachedUnlessSuccessful(status);
            super.sendError(status, message);
        }

        private void notCachedUnlessSuccessful(int status) {
            if (status >= 400) {
                ((HttpServletResponse) getResponse()).setHeader("Cache-Control", "no-store");
            }
        }

        private static boolean ours(String name) {
            return CACHE_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
