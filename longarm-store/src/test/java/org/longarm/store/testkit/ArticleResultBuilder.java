package org.longarm.store.testkit;

import java.util.ArrayList;
import java.util.List;
import org.longarm.model.Article;
import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;
import org.longarm.model.Attribution;
import org.longarm.model.IncidentType;
import org.longarm.model.Mention;
import org.longarm.model.Status;
import org.longarm.model.TextSpan;

/**
 * Builds {@link ArticleResult}s for tests with plain defaults: {@code ArticleResultBuilder.article("a1").text("...")
 * .mentioning(IncidentType.ABDUCTION, Status.COMPLETED, "was seized").build()}. Mentions are found in the text.
 */
public final class ArticleResultBuilder {
    private final String id;
    private String outlet = "Test Wire";
    private String url;
    private String published = "2019-04-16";
    private String title;
    private String text = "";
    private String language = "en";
    private String extraJson = "{}";
    private List<String> flags = List.of();
    private String source;
    private boolean candidate = true;
    private final List<ArticleIncident> incidents = new ArrayList<>();
    private List<String> cites = List.of();
    private String pipeline = "test-1";

    private ArticleResultBuilder(String id) {
        this.id = id;
        this.url = "https://example.org/" + id;
        this.title = "Headline of " + id;
        this.source = "test/" + id + ".json";
    }

    public static ArticleResultBuilder article(String id) {
        return new ArticleResultBuilder(id);
    }

    public ArticleResultBuilder outlet(String v) { outlet = v; return this; }
    public ArticleResultBuilder url(String v) { url = v; return this; }
    public ArticleResultBuilder published(String v) { published = v; return this; }
    public ArticleResultBuilder title(String v) { title = v; return this; }
    public ArticleResultBuilder text(String v) { text = v; return this; }
    public ArticleResultBuilder language(String v) { language = v; return this; }
    public ArticleResultBuilder extraJson(String v) { extraJson = v; return this; }
    public ArticleResultBuilder flags(String... v) { flags = List.of(v); return this; }
    public ArticleResultBuilder source(String v) { source = v; return this; }
    public ArticleResultBuilder candidate(boolean v) { candidate = v; return this; }
    public ArticleResultBuilder cites(String... v) { cites = List.of(v); return this; }
    public ArticleResultBuilder pipeline(String v) { pipeline = v; return this; }

    public ArticleResultBuilder incident(ArticleIncident v) { incidents.add(v); return this; }

    /** Adds a bare incident (no roles, unknown time) with one author-attributed mention of {@code phrase}. */
    public ArticleResultBuilder mentioning(IncidentType type, Status status, String phrase) {
        Mention m = mention(id, text, phrase, type, status);
        return incident(new ArticleIncident(id, type, status, null, null, List.of(), null, null, null, List.of(m)));
    }

    /** A mention of the first occurrence of {@code phrase} in {@code text}, attributed to the author, not hedged. */
    public static Mention mention(String articleId, String text, String phrase, IncidentType type, Status status) {
        int start = text.indexOf(phrase);
        if (start < 0) throw new IllegalArgumentException("'" + phrase + "' is not in the text of " + articleId);
        return new Mention(new TextSpan(articleId, start, start + phrase.length()), phrase, type, status, false,
                Attribution.AUTHOR, null);
    }

    public Article buildArticle() {
        return new Article(id, outlet, url, published, title, text, language, extraJson, flags, source);
    }

    public ArticleResult build() {
        return new ArticleResult(buildArticle(), candidate, incidents, cites, pipeline);
    }
}
