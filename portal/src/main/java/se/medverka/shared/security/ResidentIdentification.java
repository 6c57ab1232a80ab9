package se.medverka.shared.security;

/**
 * The city's e-identification for residents (not staff): an OpenID Connect provider whose ID token
 * carries the Swedish profile's {@code personalIdentityNumber}. Configured with
 * {@code medverka.eid.issuer}, {@code .client-id}, {@code .client-secret}; the dev profile runs the
 * tests' provider. Declared here so that the module configuring it and the modules using it (citizen
 * budget voting) need not know each other.
 */
public record ResidentIdentification(String issuer, String clientId, String clientSecret) {

    @Override
    public String toString() {
        return "ResidentIdentification[" + issuer + ", " + clientId + "]";
    }
}
