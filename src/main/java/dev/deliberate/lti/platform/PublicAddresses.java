package dev.deliberate.lti.platform;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a host is on the public internet: not loopback, private (10/8, 172.16/12, 192.168/16),
 * link-local, shared (100.64/10), benchmarking or reserved, unique-local IPv6, multicast or
 * unspecified, nor an IPv6 form that carries such an IPv4 address (NAT64, 6to4, IPv4-compatible). The tool calls
 * addresses that platforms which registered themselves give it; those calls must not become a way
 * into the tool's own network.
 */
public final class PublicAddresses {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private PublicAddresses() {
    }

    /** True for the names of this machine's loopback interface, where plain http is tolerated (development, tests). */
    public static boolean isLoopbackName(String host) {
        return host != null && LOOPBACK_NAMES.contains(host.toLowerCase(Locale.ROOT));
    }

    /** The first address of {@code host} that is not public, if any. */
    public static Optional<String> firstNonPublic(String host) throws UnknownHostException {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        for (InetAddress address : InetAddress.getAllByName(name)) {
            if (!isPublic(address)) {
                return Optional.of(address.getHostAddress());
            }
        }
        return Optional.empty();
    }

    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (!(address instanceof Inet6Address)) {
            return isPublicV4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return false; // fc00::/7, unique local
        }
        if (zero(b, 0, 12) || startsWith(b, 0x00, 0x64, 0xff, 0x9b) && zero(b, 4, 12)) {
            return isPublicV4(b[12] & 0xff, b[13] & 0xff, b[14] & 0xff); // ::a.b.c.d and NAT64 64:ff9b::/96
        }
        if (startsWith(b, 0x20, 0x02)) {
            return isPublicV4(b[2] & 0xff, b[3] & 0xff, b[4] & 0xff); // 6to4 2002::/16
        }
        return !startsWith(b, 0x20, 0x01, 0x00, 0x00); // Teredo 2001::/32 hides its IPv4 address
    }

    /** Public unless 0/8, 10/8, 100.64/10, 127/8, 169.254/16, 172.16/12, 192.0.0/24, 192.168/16, 198.18/15 or 224/3. */
    private static boolean isPublicV4(int a, int b, int c) {
        return a != 0 && a != 10 && a != 127 && a < 224
                && !(a == 100 && (b & 0xc0) == 64)
                && !(a == 169 && b == 254)
                && !(a == 172 && (b & 0xf0) == 16)
                && !(a == 192 && b == 0 && c == 0)
                && !(a == 192 && b == 168)
                && !(a == 198 && (b & 0xfe) == 18);
    }

    private static boolean zero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
