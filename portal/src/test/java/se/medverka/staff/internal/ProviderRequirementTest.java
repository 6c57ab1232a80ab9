package se.medverka.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import se.medverka.shared.startup.ProductionReadiness;
import se.medverka.shared.startup.StartupRequirement;

/** Production starts with the city's identity provider instead of a local administrator's password. */
class ProviderRequirementTest {

    private final List<StartupRequirement> requirements = List.of(new AdministratorRequirement(), new ProviderRequirement());

    @Test
    void aConfiguredProviderWithAnAdministratorsGroupIsEnoughWithoutAnAdministratorPassword() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("medverka.oidc.issuer", "https://login.stad.example/realms/stad")
                .withProperty("medverka.oidc.client-id", "medverka")
                .withProperty("medverka.oidc.client-secret", "s3cret")
                .withProperty("medverka.oidc.admin-group", "medverka-admins");
        assertThat(ProductionReadiness.missing(requirements, env)).isEmpty();
    }

    @Test
    void neitherAPasswordNorAProviderIsRefusedNamingBothWays() {
        MockEnvironment env = new MockEnvironment().withProperty("medverka.oidc.issuer", "https://login.stad.example/realms/stad");
        assertThat(ProductionReadiness.missing(requirements, env)).singleElement().satisfies(line -> assertThat(line)
                .contains("an administrator").contains("MEDVERKA_ADMIN_PASSWORD").contains("MEDVERKA_OIDC_ADMIN_GROUP"));
    }
}
