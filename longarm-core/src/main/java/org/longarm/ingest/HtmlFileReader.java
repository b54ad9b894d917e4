package org.longarm.ingest;

import java.nio.file.Path;
import java.util.Map;
import org.longarm.ingest.web.NoArticleException;
import org.longarm.ingest.web.Page;
import org.longarm.ingest.web.PageExtractor;
import org.longarm.model.Article;

/** An {@code .html} file: one article by main-content extraction; the id is the file's stem. */
final class HtmlFileReader {
    private HtmlFileReader() {}

    static void read(Path file, IngestSink sink, IngestLimits limits) {
        Article article;
        try {
            byte[] bytes = WebArticles.bytes(file, limits);
            if (Utf8.indexOfNul(bytes, Math.min(bytes.length, 8192)) >= 0) throw new BadInput("binary file (NUL bytes), not HTML");
            Page page = PageExtractor.extract(bytes, null, null);
            article = WebArticles.of(page, ArticleIds.stem(file), file.toString(), limits, null, Map.of(), null);
        } catch (BadInput e) {
            sink.problem(new IngestProblem(file.toString(), e.reason()));
            return;
        } catch (NoArticleException e) {
            sink.problem(new IngestProblem(file.toString(), e.getMessage()));
            return;
        }
        sink.article(article);
    }
}
