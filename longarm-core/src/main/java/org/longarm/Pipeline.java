package org.longarm;

import java.util.List;
import org.longarm.extract.CitationFinder;
import org.longarm.extract.Extractor;
import org.longarm.model.Article;
import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;
import org.longarm.nlp.Nlp;
import org.longarm.nlp.NlpDoc;
import org.longarm.pack.DomainPack;

/**
 * Front door of the per-article pipeline: prefilter, NLP, extraction, citations. One instance per process
 * (it holds the CoreNLP pipeline); thread-safe.
 */
public final class Pipeline {
    public static final String VERSION = "longarm-0.1.0";

    private final DomainPack pack;
    private final Nlp nlp;
    private final Extractor extractor;
    private final CitationFinder citations;

    private Pipeline(DomainPack pack, Nlp nlp) {
        this.pack = pack;
        this.nlp = nlp;
        this.extractor = new Extractor(pack);
        this.citations = new CitationFinder(pack);
    }

    /** The default pipeline: the North Korea pack and a CoreNLP pipeline of its own. */
    public static Pipeline create() {
        return create(DomainPack.load("prk"), Nlp.create());
    }

    /** A pipeline over a given pack and NLP stage (tests share one {@link Nlp} this way). */
    public static Pipeline create(DomainPack pack, Nlp nlp) {
        return new Pipeline(pack, nlp);
    }

    /** The version of the pipeline, the NLP configuration and the domain pack, stored with every result. */
    public String version() {
        return VERSION + "/" + nlp.fingerprint() + "/" + pack.version();
    }

    public DomainPack pack() {
        return pack;
    }

    public ArticleResult process(Article article) {
        boolean candidate = pack.prefilter().candidate(article.title(), article.text());
        if (!candidate) return new ArticleResult(article, false, List.of(), citations.cites(article), version());
        NlpDoc doc = nlp.annotate(article.text(), article.publishedDate());
        List<ArticleIncident> incidents = extractor.extract(article, doc);
        return new ArticleResult(article, true, incidents, citations.cites(article), version());
    }
}
