package org.longarm.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A gold set and a prediction written to a folder in score.py's layout: articles/, gold.json, pred.jsonl, pred-articles.jsonl. */
final class ScorerFixture {
    static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final Path articles;
    final Path gold;
    final Path pred;
    final Path predArticles;
    private final ArrayNode goldList = JSON.createArrayNode();
    private final StringBuilder predLines = new StringBuilder();
    private final StringBuilder predArticleLines = new StringBuilder();

    ScorerFixture(Path dir) throws IOException {
        this.dir = dir;
        this.articles = Files.createDirectories(dir.resolve("articles"));
        this.gold = dir.resolve("gold.json");
        this.pred = dir.resolve("pred.jsonl");
        this.predArticles = dir.resolve("pred-articles.jsonl");
    }

    static ObjectNode obj(Object... kv) {
        ObjectNode o = JSON.createObjectNode();
        for (int i = 0; i < kv.length; i += 2) o.set((String) kv[i], JSON.valueToTree(kv[i + 1]));
        return o;
    }

    ScorerFixture article(String file, ObjectNode article) throws IOException {
        Files.writeString(articles.resolve(file), JSON.writeValueAsString(article), StandardCharsets.UTF_8);
        return this;
    }

    ScorerFixture gold(ObjectNode incident) {
        goldList.add(incident);
        return this;
    }

    ScorerFixture pred(ObjectNode incident) throws IOException {
        predLines.append(JSON.writeValueAsString(incident)).append('\n');
        return this;
    }

    ScorerFixture predArticle(ObjectNode article) throws IOException {
        predArticleLines.append(JSON.writeValueAsString(article)).append('\n');
        return this;
    }

    /** A predicted mention in article {@code a} over [start, end). */
    static ObjectNode mention(String a, int start, int end) {
        return obj("article", a, "start", start, "end", end, "text", "x");
    }

    /** A gold mention whose evidence is an exact substring of the article's text. */
    static ObjectNode evidence(String a, String evidence) {
        return obj("article", a, "evidence", evidence);
    }

    static List<ObjectNode> list(ObjectNode... xs) {
        return List.of(xs);
    }

    Score score() throws IOException {
        write();
        return Scorer.score(articles, gold, predLines.toString(), predArticleLines.toString());
    }

    void write() throws IOException {
        Files.writeString(gold, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(goldList), StandardCharsets.UTF_8);
        Files.writeString(pred, predLines.toString(), StandardCharsets.UTF_8);
        Files.writeString(predArticles, predArticleLines.toString(), StandardCharsets.UTF_8);
    }
}
