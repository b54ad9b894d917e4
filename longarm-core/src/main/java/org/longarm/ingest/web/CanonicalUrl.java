package org.longarm.ingest.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The key under which copies of one web article meet: an http(s) address with scheme and host in lower case,
 * "www." and the default port dropped, http taken as https, the fragment, tracking parameters ({@code utm_*},
 * {@code fbclid}, {@code gclid}...) and a trailing slash dropped, the other parameters sorted. A key, not an
 * address to fetch.
 */
public final class CanonicalUrl {
    private static final List<String> TRACKING = List.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "ocid", "cmpid", "ref_src", "igshid", "_ga");

    private CanonicalUrl() {}

    /** The canonical form, or null when {@code url} is null, not http(s) or not a valid address. */
    public static String of(String url) {
        if (url == null || url.isBlank()) return null;
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) return null;
        String host = uri.getHost();
        if (host == null || host.isEmpty()) return null;
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        if (host.startsWith("www.")) host = host.substring(4);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == 80 || port == 443;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        while (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
        StringBuilder sb = new StringBuilder("https://").append(host);
        if (!defaultPort) sb.append(':').append(port);
        sb.append(path);
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) sb.append('?').append(query);
        return sb.toString();
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        List<String> kept = new ArrayList<>();
        for (String part : raw.split("&")) {
            if (part.isEmpty()) continue;
            String name = part.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) continue;
            kept.add(part);
        }
        kept.sort(null);
        return String.join("&", kept);
    }
}
