package dev.deliberate.lti.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Predicate;

import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a platform's host for the connection itself and refuses the answer when it holds an
 * address that is not public: the address checked is the address connected to, so a name whose DNS
 * answer changes between a check and a call (DNS rebinding) cannot lead the tool into its own
 * network. Hosts the operator trusts ({@code mayBePrivate}) may resolve anywhere.
 */
public final class CheckedResolver implements DnsResolver {

    private final HostLookup lookup;
    private final Predicate<String> mayBePrivate;

    public CheckedResolver(HostLookup lookup, Predicate<String> mayBePrivate) {
        this.lookup = lookup;
        this.mayBePrivate = mayBePrivate;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = lookup.lookup(name);
        if (!mayBePrivate.test(host)) {
            for (InetAddress address : addresses) {
                if (!PublicAddresses.isPublic(address)) {
                    throw new NotPublic(host, address.getHostAddress());
                }
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    /** How names become addresses: the system resolver, or a scripted one in tests. */
    @FunctionalInterface
    public interface HostLookup {

        HostLookup SYSTEM = InetAddress::getAllByName;

        InetAddress[] lookup(String host) throws UnknownHostException;
    }

    /** The host resolved, at connection time, to an address that is not public. */
    public static final class NotPublic extends UnknownHostException {

        private final String address;

        NotPublic(String host, String address) {
            super(host + " resolves to " + address + ", which is not a public address");
            this.address = address;
        }

        public String address() {
            return address;
        }

        /** The NotPublic behind a failed call, if that is why it failed. */
        public static java.util.Optional<NotPublic> in(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof NotPublic notPublic) {
                    return java.util.Optional.of(notPublic);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
