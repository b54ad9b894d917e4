package org.longarm.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.longarm.model.Article;

/**
 * A plain {@code .txt} article: the text is the file's content (a leading byte-order mark dropped, nothing else
 * touched), the id its stem, and the rest from the sidecar {@code STEM.meta.json}; what the sidecar lacks is read
 * from the text's dateline and credit line and flagged as inferred.
 */
final class TextFileReader {
    private static final int MAX_TITLE = 200;

    private TextFileReader() {}

    static void read(Path file, IngestSink sink, IngestLimits limits) {
        String stem = ArticleIds.stem(file);
        Path sidecar = file.resolveSibling(stem + ".meta.json");
        Article article;
        try {
            String text = SmallFile.readText(file, limits);
            if (text.isBlank()) throw new BadInput("blank text (the file holds only white space)");
            limits.checkArticle(text);
            ArticleFields meta;
            try {
                meta = Files.exists(sidecar) ? ArticleFields.of(JsonText.parse(SmallFile.readText(sidecar, limits)))
                        : ArticleFields.of(JsonNodeFactory.instance.objectNode());
            } catch (BadInput e) {
                sink.problem(new IngestProblem(sidecar.toString(),
                        e.reason() + " (sidecar of " + file.getFileName() + ", which was not imported)"));
                return;
            }
            List<String> flags = new ArrayList<>();
            article = complete(meta, text, flags).toArticle(stem, flags, file.toString(), limits);
        } catch (BadInput e) {
            sink.problem(new IngestProblem(file.toString(), e.reason()));
            return;
        }
        sink.article(article);
    }

    /** The sidecar's fields over the text, with outlet, date and title filled in from the text where missing. */
    private static ArticleFields complete(ArticleFields meta, String text, List<String> flags) {
        String published = meta.published();
        if (published == null) {
            Dateline.Found found = Dateline.find(text);
            if (found != null) {
                published = found.date().toString();
                flags.add(IngestFlags.DATE_INFERRED);
            }
        }
        String outlet = meta.outlet();
        if (outlet == null) {
            outlet = OutletNames.defaults().find(text);
            if (outlet != null) flags.add(IngestFlags.OUTLET_INFERRED);
        }
        String title = meta.title() != null ? meta.title() : title(text);
        return new ArticleFields(meta.id(), outlet, meta.url(), published, title, text, meta.language(), meta.extraJson());
    }

    /** The first non-empty line, up to a gap of three spaces or a tab (a byline often follows), if short. */
    static String title(String text) {
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            String line = text.substring(from, nl < 0 ? text.length() : nl);
            from = nl < 0 ? text.length() : nl + 1;
            if (line.isBlank()) continue;
            String head = line.strip().split("\\s{3,}|\t", 2)[0].strip();
            return head.length() < MAX_TITLE ? head : null;
        }
        return null;
    }
}
