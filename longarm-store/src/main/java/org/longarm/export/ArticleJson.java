package org.longarm.export;

import static org.longarm.export.JsonLines.string;
import static org.longarm.export.JsonLines.strings;

import org.longarm.model.Article;
import org.longarm.model.ArticleResult;

/** One article as the articles JSONL export writes it (FORMATS.md, "Articles out"), fields in a fixed order. */
final class ArticleJson {
    private ArticleJson() {}

    static String of(ArticleResult r) {
        return of(r, null);
    }

    /** The article with the id of the earlier article it copies, or null. */
    static String of(ArticleResult r, String duplicateOf) {
        Article a = r.article();
        return JsonLines.of(g -> {
            g.writeStartObject();
            string(g, "id", a.id());
            string(g, "outlet", a.outlet());
            string(g, "url", a.url());
            string(g, "published", a.published());
            string(g, "title", a.title());
            g.writeBooleanField("relevant", r.relevant());
            g.writeBooleanField("candidate", r.candidate());
            strings(g, "cites", r.cites());
            string(g, "duplicate_of", duplicateOf);
            strings(g, "flags", a.flags());
            string(g, "sha256", a.sha256());
            string(g, "pipeline", r.pipelineVersion());
            g.writeEndObject();
        });
    }
}
