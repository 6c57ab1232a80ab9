package se.medverka.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.medverka.routing.RoutingRegister;
import se.medverka.shared.security.StaffRole;
import se.medverka.shared.startup.ProductionReadiness;
import se.medverka.staff.StaffAccounts;

/**
 * The demonstration staff: one account per role a person trying the portal wants to sign in as (the
 * administrator is the first administrator, see {@code AdminBootstrap}). Random passwords, returned
 * once for the console. Kept in one class so that a change of roles or of sign-in touches only this.
 */
@Component
@Profile(ProductionReadiness.DEV_PROFILE)
class DemoStaff {

    /** A demonstration account and its password, printed once. */
    record Login(String username, String role, String password) {
    }

    private final StaffAccounts accounts;
    private final RoutingRegister register;

    DemoStaff(StaffAccounts accounts, RoutingRegister register) {
        this.accounts = accounts;
        this.register = register;
    }

    /** Whether the accounts exist already (a restart must not make them again). */
    boolean exist() {
        return accounts.accounts().stream().anyMatch(a -> a.username().equals("handlaggare"));
    }

    /** Creates the accounts (as an administrator, in the caller's security context). */
    List<Login> create() {
        List<Login> logins = new ArrayList<>();
        logins.add(account("handlaggare", "Hanna Handläggare", StaffRole.HANDLER,
                List.of("sdn-rinkeby-kista", "sdn-farsta", "kulturnamnden", "utbildningsnamnden", "idrottsnamnden",
                        "trafiknamnden", "kommunstyrelsen")));
        logins.add(account("moderator", "Mo Moderator", StaffRole.MODERATOR,
                List.of("sdn-farsta", "kulturnamnden", "idrottsnamnden", "trafiknamnden")));
        logins.add(account("demoadmin", "Ada Administratör", StaffRole.ADMIN, List.of()));
        return logins;
    }

    private Login account(String username, String name, StaffRole role, List<String> committees) {
        String password = randomPassword();
        var account = accounts.create(username, name, username + "@stad.example", password);
        if (committees.isEmpty()) {
            accounts.grant(account.id(), role, null);
        }
        for (String code : committees) {
            accounts.grant(account.id(), role, register.committeeByCode(code).orElseThrow().id());
        }
        return new Login(username, role.name(), password);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
