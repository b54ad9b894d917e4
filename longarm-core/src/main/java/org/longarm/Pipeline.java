package org.longarm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.longarm.extract.CitationFinder;
import org.longarm.extract.Extractor;
import org.longarm.extract.StateViews;
import org.longarm.model.Article;
import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;
import org.longarm.nlp.Nlp;
import org.longarm.nlp.NlpDoc;
import org.longarm.pack.DomainPack;
import org.longarm.pack.Packs;

/**
 * Front door of the per-article pipeline: prefilter, NLP, extraction, citations. An article is extracted once per
 * state pack whose prefilter it passes, and the views' incidents are merged ({@link StateViews}). One instance per
 * process (it holds the CoreNLP pipeline); thread-safe.
 */
public final class Pipeline {
    /** "longarm-" and the project version the build wrote into {@code org/longarm/version.properties}. */
    public static final String VERSION = "longarm-" + codeVersion();

    private final Packs packs;
    private final Nlp nlp;
    private final List<Extractor> extractors = new ArrayList<>();
    private final CitationFinder citations;

    private Pipeline(Packs packs, Nlp nlp) {
        this.packs = packs;
        this.nlp = nlp;
        for (DomainPack view : packs.views()) extractors.add(new Extractor(view));
        this.citations = new CitationFinder(packs.views().get(0));
    }

    private static String codeVersion() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = Pipeline.class.getResourceAsStream("version.properties")) {
            if (in == null) throw new IllegalStateException("org/longarm/version.properties is missing from the classpath");
            p.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String v = p.getProperty("version", "");
        if (v.isBlank() || v.contains("${")) throw new IllegalStateException("org/longarm/version.properties was not filled in by the build: " + v);
        return v;
    }

    /** The default pipeline: every built-in pack and a CoreNLP pipeline of its own. */
    public static Pipeline create() {
        return create(Packs.builtin(), Nlp.create());
    }

    /** A pipeline over given packs and NLP stage. */
    public static Pipeline create(Packs packs, Nlp nlp) {
        return new Pipeline(packs, nlp);
    }

    /** A pipeline over the packs a view belongs to (tests share one {@link Nlp} this way). */
    public static Pipeline create(DomainPack pack, Nlp nlp) {
        return new Pipeline(pack.packs(), nlp);
    }

    /** The version of the pipeline, the NLP configuration and the packs, stored with every result. */
    public String version() {
        return VERSION + "/" + nlp.fingerprint() + "/" + packs.version();
    }

    public Packs packs() {
        return packs;
    }

    /** The first loaded view (kept for callers written for one pack). */
    public DomainPack pack() {
        return packs.views().get(0);
    }

    public ArticleResult process(Article article) {
        List<Extractor> candidates = new ArrayList<>();
        for (Extractor e : extractors) {
            if (e.pack().prefilter().candidate(article.title(), article.text())) candidates.add(e);
        }
        if (candidates.isEmpty()) return new ArticleResult(article, false, List.of(), citations.cites(article), version());
        NlpDoc doc = nlp.annotate(article.text(), article.publishedDate());
        List<ArticleIncident> incidents;
        if (candidates.size() == 1) {
            incidents = candidates.get(0).extract(article, doc);
        } else {
            Map<String, Integer> weights = packs.originCounts(article.title(), article.text());
            List<StateViews.View> views = new ArrayList<>();
            for (Extractor e : candidates) {
                views.add(new StateViews.View(e.pack().originState(), weights.getOrDefault(e.pack().code(), 0),
                        e.extract(article, doc)));
            }
            incidents = StateViews.merge(views, doc.text(), packs);
        }
        return new ArticleResult(article, true, incidents, citations.cites(article), version());
    }
}
