package se.medverka.shared.limits;

import com.vaadin.flow.server.VaadinRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The address a public write comes from, and the network it is counted for. Behind the city's proxy
 * Tomcat has already replaced the proxy's address with the resident's (X-Forwarded-For, trusted only
 * from internal proxies). IPv6 counts per /64: one household or office gets a whole /64 and can
 * change the rest at will.
 */
public final class ClientAddress {

    private static final ScopedValue<String> GIVEN = ScopedValue.newInstance();

    private ClientAddress() {
    }

    /**
     * The address of the Vaadin request being handled (every public write comes through one: a
     * click, a navigation, a download); null outside one — a call from the system itself, which no
     * per-connection limit applies to.
     */
    public static String current() {
        if (GIVEN.isBound()) {
            return GIVEN.get();
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? null : vaadin.getRemoteAddr();
    }

    /** Runs {@code work} as if it came from {@code address} (assisted submission, tests). */
    public static <T> T as(String address, Supplier<T> work) {
        return ScopedValue.where(GIVEN, address).call(work::get);
    }

    /**
     * What a limit counts: an IPv4 address as it is, an IPv6 address as its /64 network
     * ({@code 2001:db8:1:2::/64}); an IPv4 address mapped into IPv6 as the IPv4 address. Anything that
     * is no address literal (never resolved by DNS) is counted as the text itself.
     */
    public static String network(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        int zone = a.indexOf('%');
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        try {
            InetAddress ip = InetAddress.ofLiteral(a);
            if (ip instanceof Inet6Address) {
                byte[] bytes = ip.getAddress();
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress().replaceFirst(":0:0:0:0$", "::") + "/64";
            }
            return ip.getHostAddress();
        } catch (IllegalArgumentException | UnknownHostException e) {
            return a;
        }
    }
}
