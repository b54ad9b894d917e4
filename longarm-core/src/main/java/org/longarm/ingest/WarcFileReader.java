package org.longarm.ingest;

import java.nio.file.Path;
import java.util.Map;
import org.longarm.ingest.warc.WarcPage;
import org.longarm.ingest.warc.WarcPages;
import org.longarm.ingest.web.NoArticleException;
import org.longarm.ingest.web.Page;
import org.longarm.ingest.web.PageExtractor;
import org.longarm.model.Article;

/**
 * A {@code .warc} or {@code .warc.gz} file: one article per HTML response record, with the record's target URI
 * as its address (the id its hash) and the record's date as the publication date when the page gives none.
 */
final class WarcFileReader {
    private WarcFileReader() {}

    static void read(Path file, IngestSink sink, IngestLimits limits) {
        WarcPages.read(file, limits.maxFileBytes(), new WarcPages.Listener() {
            @Override
            public void page(WarcPage p) {
                Article article;
                try {
                    Page page = PageExtractor.extract(p.html(), p.charset(), p.targetUri());
                    String id = WebArticles.id(page.url(), WebArticles.id(p.targetUri(), ArticleIds.hashed(ArticleIds.stem(file), null, page.text())));
                    article = WebArticles.of(page, id, p.where(), limits,
                            new WebArticles.Fallback(p.date(), "warc-date", true), p.targetUri() == null ? Map.of() : Map.of("warc_target", p.targetUri()), null);
                } catch (NoArticleException e) {
                    sink.problem(new IngestProblem(p.where() + " (" + p.targetUri() + ")", e.getMessage()));
                    return;
                } catch (BadInput e) {
                    sink.problem(new IngestProblem(p.where() + " (" + p.targetUri() + ")", e.reason()));
                    return;
                } catch (RuntimeException e) {
                    sink.problem(new IngestProblem(p.where(), "cannot read the page: " + e));
                    return;
                }
                sink.article(article);
            }

            @Override
            public void problem(String where, String reason) {
                sink.problem(new IngestProblem(where, reason));
            }
        });
    }
}
