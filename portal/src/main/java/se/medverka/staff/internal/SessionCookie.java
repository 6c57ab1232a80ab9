package se.medverka.staff.internal;

import jakarta.servlet.SessionCookieConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Behind TLS (the portal's public address is {@code https://}) the session cookie is
 * {@code __Host-medverka}: the browser then only accepts it over https, for this exact host (no
 * {@code Domain}, so no sibling site of the city can set or read it) and path {@code /}. On a
 * developer's plain-http {@code localhost} the container's default cookie stays.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {

    static final String SECURE_NAME = "__Host-medverka";

    @Bean
    ServletContextInitializer secureSessionCookie(@Value("${medverka.base-url:}") String baseUrl,
                                                  @Value("${medverka.session.secure-cookie:auto}") String setting) {
        boolean secure = "auto".equals(setting) ? baseUrl.startsWith("https://") : Boolean.parseBoolean(setting);
        return servletContext -> {
            if (secure) {
                SessionCookieConfig cookie = servletContext.getSessionCookieConfig();
                cookie.setName(SECURE_NAME);
                cookie.setSecure(true);
                cookie.setPath("/");
                cookie.setDomain(null);
            }
        };
    }
}
