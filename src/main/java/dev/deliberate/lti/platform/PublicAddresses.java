package dev.deliberate.lti.platform;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Whether a host is on the public internet: not loopback, private (10/8, 172.16/12, 192.168/16),
 * link-local, shared (100.64/10), unique-local IPv6, multicast or unspecified. The tool calls
 * addresses that platforms which registered themselves give it; those calls must not become a way
 * into the tool's own network.
 */
public final class PublicAddresses {

    private PublicAddresses() {
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
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) != 0xfc; // fc00::/7, unique local
        }
        boolean sharedAddressSpace = (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64; // 100.64.0.0/10
        return !sharedAddressSpace && (bytes[0] & 0xff) != 0;
    }
}
