package org.marsad.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * The SSRF guard: refuses URLs whose host is, or resolves to, an address a news crawler has no business reaching
 * — loopback, private (RFC 1918, IPv6 unique-local), link-local (including cloud metadata at 169.254.169.254),
 * carrier-grade NAT, multicast, unspecified and reserved ranges — unless the source was registered with
 * {@code --allow-private}.
 *
 * <p><b>Check after resolution, on every hop.</b> The {@link Fetcher} calls {@link #check} before each request,
 * including each redirect hop it follows, so an allowed public URL that redirects to {@code http://127.0.0.1/}
 * is refused at that hop. The host is resolved here and <em>every</em> address it resolves to must be public.
 *
 * <p><b>Re-check rather than pin.</b> The JDK HttpClient resolves the host again when it connects and offers no
 * hook to connect to a given address; connecting to the IP literal instead would break TLS (SNI and certificate
 * names) and virtual hosting (the Host header is restricted). So the guard re-checks at every hop instead of
 * pinning. The DNS-rebinding window between check and connect is closed in practice by the JVM's own address
 * cache: {@link InetAddress} keeps a successful lookup for 30 s by default ({@code networkaddress.cache.ttl}),
 * and the HttpClient's lookup, made milliseconds after ours, is answered from that same cache — the address
 * checked is the address connected to. An operator who sets that TTL to 0 re-opens the window.
 */
public final class AddressGuard {

    /** Resolves a host name to its addresses; replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** The JVM's resolver (and its address cache). */
    public static final Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    private final Resolver resolver;

    public AddressGuard(Resolver resolver) {
        this.resolver = resolver;
    }

    /**
     * Checks that Marsad may request the URL.
     *
     * @param allowPrivate true when the source was added with {@code --allow-private}
     * @return null when allowed, else the refusal
     * @throws UnknownHostException when the host does not resolve
     */
    public FetchResult.Refused check(URI uri, boolean allowPrivate) throws UnknownHostException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new FetchResult.Refused(uri, FetchResult.Refusal.SCHEME, "not an http(s) URL: " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return new FetchResult.Refused(uri, FetchResult.Refusal.SCHEME, "URL has no host: " + uri);
        }
        if (allowPrivate) {
            return null;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        for (InetAddress a : resolver.resolve(host)) {
            if (!isPublic(a)) {
                return new FetchResult.Refused(uri, FetchResult.Refusal.PRIVATE_ADDRESS,
                        (host.equals(a.getHostAddress()) ? "" : uri.getHost() + " resolves to ")
                                + "non-public address " + a.getHostAddress());
            }
        }
        return null;
    }

    /** Whether an address is publicly routable unicast, the only kind a crawler may reach by default. */
    public static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int o0 = b[0] & 0xff;
            int o1 = b[1] & 0xff;
            return o0 != 0                                  // 0.0.0.0/8 "this network"
                    && !(o0 == 100 && (o1 & 0xc0) == 64)    // 100.64.0.0/10 carrier-grade NAT
                    && !(o0 == 192 && o1 == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                    && !(o0 == 198 && (o1 & 0xfe) == 18)    // 198.18.0.0/15 benchmarking
                    && o0 < 240;                            // 240.0.0.0/4 reserved, and broadcast
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {                    // fc00::/7 unique local
                return false;
            }
            if (isEmbeddedV4(b)) {                           // ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isEmbeddedV4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= b[i] == 0;
        }
        boolean mapped = zeros && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff));
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        return mapped || nat64;
    }
}
