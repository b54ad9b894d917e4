package org.longarm.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.longarm.ingest.Ingest;
import org.longarm.ingest.fetch.FetchOptions;
import org.longarm.ingest.fetch.Fetcher;

/** Command-line inputs split into paths and http(s) URLs, and the fetcher for the URLs. */
record WebInputs(List<Path> paths, List<URI> urls, Fetcher fetcher) {
    /** Splits the arguments; a malformed URL is a usage error. */
    static WebInputs split(List<String> args, boolean allowPrivate) {
        List<Path> paths = new ArrayList<>();
        List<URI> urls = new ArrayList<>();
        for (String a : args) {
            if (Ingest.isUrl(a)) {
                try {
                    URI u = new URI(a.strip());
                    if (u.getHost() == null) throw new java.net.URISyntaxException(a, "no host");
                    urls.add(u);
                } catch (java.net.URISyntaxException e) {
                    throw UserError.usage("not a valid URL: " + a);
                }
            } else {
                paths.add(Path.of(a));
            }
        }
        FetchOptions options = FetchOptions.defaults();
        if (allowPrivate) options = options.withAllowPrivate(true);
        return new WebInputs(paths, urls, new Fetcher(options));
    }
}
