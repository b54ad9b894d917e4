package org.longarm.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Refuses hosts that resolve to loopback, private, link-local, shared, multicast or unspecified addresses. */
final class AddressPolicy {
    private AddressPolicy() {}

    /** Throws when the host resolves to an address that is not public (unless allowed) or does not resolve. */
    static void check(String host, boolean allowPrivate) throws FetchException {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host " + host);
        }
        if (allowPrivate) return;
        for (InetAddress a : all) {
            if (!isPublic(a)) {
                throw new FetchException("refused: " + host + " is a private or local address (" + a.getHostAddress()
                        + "); allow with --allow-private or LONGARM_ALLOW_PRIVATE=1");
            }
        }
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xFF;
            int b1 = b[1] & 0xFF;
            if (b0 == 0 || b0 >= 240) return false;                       // this network, reserved, broadcast
            if (b0 == 100 && b1 >= 64 && b1 <= 127) return false;        // shared address space (carrier NAT)
            if (b0 == 192 && b1 == 0 && (b[2] & 0xFF) == 0) return false; // IETF protocol assignments
            if (b0 == 198 && (b1 == 18 || b1 == 19)) return false;        // benchmarking
            return true;
        }
        if (a instanceof Inet6Address) {
            int b0 = b[0] & 0xFF;
            if ((b0 & 0xFE) == 0xFC) return false;                        // unique local fc00::/7
            boolean mapped = true;
            for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
            mapped &= (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
            if (mapped) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
