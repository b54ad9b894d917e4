package org.longarm.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.longarm.Pipeline;
import org.longarm.ingest.Ingest;
import org.longarm.ingest.IngestLimits;
import org.longarm.ingest.IngestProblem;
import org.longarm.ingest.IngestSink;
import org.longarm.ingest.fetch.Fetcher;
import org.longarm.link.Linker;
import org.longarm.model.Article;
import org.longarm.model.ArticleResult;
import org.longarm.model.Incident;
import org.longarm.store.Store;

/**
 * One import run: expands the inputs, skips articles already stored with the same text (or stored under another id
 * with the same text or canonical address: a copy from another format), processes and saves the rest, then
 * relinks every stored article into incidents. Feed items already stored by address are not fetched again. The pipeline is created only when an article needs it.
 * Problems are named on the progress display as {@code longarm: <source>: <reason>}.
 */
final class Importer {

    private final Store store;
    private final org.longarm.pack.Packs packs;
    private final Supplier<Pipeline> pipelines;
    private final Progress progress;
    private final UnaryOperator<Article> prepare;
    private final boolean debug;
    private Pipeline pipeline;

    Importer(Store store, org.longarm.pack.Packs packs, Supplier<Pipeline> pipelines, Progress progress,
             UnaryOperator<Article> prepare, boolean debug) {
        this.store = store;
        this.packs = packs;
        this.pipelines = pipelines;
        this.progress = progress;
        this.prepare = prepare;
        this.debug = debug;
    }

    ImportSummary run(List<Path> inputs) {
        return run(inputs, List.of(), null);
    }

    /** Imports files and folders, then web pages and feeds by URL (fetched with {@code fetcher}, null: the default). */
    ImportSummary run(List<Path> inputs, List<URI> urls, Fetcher fetcher) {
        return run(inputs, urls, fetcher, UnaryOperator.identity());
    }

    /** As {@link #run(List, List, Fetcher)}, reading through {@code wrap} of the run's sink (watch remembers items there). */
    ImportSummary run(List<Path> inputs, List<URI> urls, Fetcher fetcher, UnaryOperator<IngestSink> wrap) {
        long t0 = System.nanoTime();
        Run run = new Run();
        IngestSink sink = wrap.apply(run);
        List<Path> files = Ingest.files(inputs, run);
        long total = urls.size();
        for (Path f : files) total += Ingest.estimate(f);
        Fetcher web = fetcher != null ? fetcher : Ingest.defaultFetcher();
        progress.start("import", total);
        try {
            for (Path f : files) {
                run.file = f;
                Ingest.read(f, sink, IngestLimits.DEFAULT, web);
            }
            for (URI url : urls) {
                run.file = null;
                Ingest.read(url, sink, web);
            }
        } finally {
            progress.close();
        }
        List<ArticleResult> results = store.results();
        List<Incident> incidents = new Linker(packs).link(results);
        store.replaceIncidents(incidents);
        org.longarm.search.SearchIndex.rebuild(store.dataDir(), incidents);
        long relevant = results.stream().filter(r -> run.firstSource.containsKey(r.article().id()) && r.relevant()).count();
        return new ImportSummary(run.read, run.fresh, run.unchanged, run.rejected, relevant, incidents.size(),
                (System.nanoTime() - t0) / 1e9);
    }

    private Pipeline pipeline() {
        if (pipeline == null) pipeline = pipelines.get();
        return pipeline;
    }

    /** The sink for one run: counts, duplicate ids, problems. */
    private final class Run implements IngestSink {
        final Map<String, String> firstSource = new HashMap<>();
        Path file;
        long read;
        long fresh;
        long unchanged;
        long rejected;

        @Override
        public void article(Article given) {
            read++;
            progress.step();
            Article article = prepare.apply(given);
            String source = article.source() != null ? article.source() : String.valueOf(file);
            String earlier = firstSource.putIfAbsent(article.id(), source);
            if (earlier != null) {
                problem(new IngestProblem(source, "duplicate id " + article.id() + " (also in " + earlier + ")"));
                return;
            }
            if (store.has(article.id(), article.sha256())) {
                unchanged++;
                return;
            }
            if (store.copyOf(article.id(), article.sha256(), article.url()).isPresent()) {
                // the same article from another format (same text or same canonical address): stored once; a
                // near-copy (a syndicated story with its own byline) is stored and marked duplicate_of when linked
                unchanged++;
                return;
            }
            Pipeline p = pipeline();
            ArticleResult result;
            try {
                result = p.process(article);
            } catch (RuntimeException e) {
                problem(new IngestProblem(source, "not processed: " + Errors.message(e)));
                if (debug) progress.message(stackTrace(e));
                return;
            }
            store.save(result);
            fresh++;
        }

        @Override
        public boolean wants(String itemKey) {
            return !(Ingest.isUrl(itemKey) && store.hasUrl(itemKey));
        }

        @Override
        public void problem(IngestProblem problem) {
            rejected++;
            progress.message("longarm: " + problem.source() + ": " + problem.reason());
        }
    }

    private static String stackTrace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString().stripTrailing();
    }
}
