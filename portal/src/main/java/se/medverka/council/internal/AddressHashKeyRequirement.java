package se.medverka.council.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import se.medverka.shared.startup.StartupRequirement;

/**
 * Production finds no member by address without the city's own key for the keyed hash: a key
 * everyone can read in the source would let anyone holding a dump test addresses against it. Only
 * the dev profile supplies one ({@code application-dev.properties}).
 */
@Component
class AddressHashKeyRequirement implements StartupRequirement {

    @Override
    public String need() {
        return "the council members' address hash key";
    }

    @Override
    public boolean isMet(Environment environment) {
        return AddressHash.valid(environment.getProperty(AddressHash.PROPERTY, ""));
    }

    @Override
    public String howTo() {
        return "set MEDVERKA_COUNCIL_ADDRESS_HASH_KEY=<base64 of at least 32 random bytes>, e.g. $(openssl rand -base64 32) "
                + "(kept in the city's secret store, the same on every node and for as long as members' rows exist)";
    }
}
