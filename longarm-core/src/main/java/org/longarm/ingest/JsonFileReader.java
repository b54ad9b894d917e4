package org.longarm.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.longarm.model.Article;

/** A {@code .json} file: one article object, or an array of them. */
final class JsonFileReader {
    private JsonFileReader() {}

    static void read(Path file, IngestSink sink, IngestLimits limits) {
        String stem = ArticleIds.stem(file);
        JsonNode root;
        try {
            root = JsonText.parse(SmallFile.readText(file, limits));
        } catch (BadInput e) {
            sink.problem(new IngestProblem(file.toString(), e.reason()));
            return;
        }
        if (!root.isArray()) {
            take(root, null, file.toString(), stem, sink, limits);
            return;
        }
        for (int i = 0; i < root.size(); i++) {
            take(root.get(i), stem, file + "[" + i + "]", stem, sink, limits);
        }
    }

    /** {@code hashPrefix} null: the id falls back to the stem; else to the stem and a hash of url or text. */
    private static void take(JsonNode node, String hashPrefix, String source, String stem, IngestSink sink,
                             IngestLimits limits) {
        Article article;
        try {
            ArticleFields fields = ArticleFields.of(node);
            String fallback = hashPrefix == null ? stem : ArticleIds.hashed(hashPrefix, fields.url(), fields.text());
            article = fields.toArticle(fallback, List.of(), source, limits);
        } catch (BadInput e) {
            sink.problem(new IngestProblem(source, e.reason()));
            return;
        }
        sink.article(article);
    }
}
