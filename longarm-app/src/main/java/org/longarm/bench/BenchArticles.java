package org.longarm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.longarm.model.Article;

/**
 * The relevant articles the bench corpus is built from: copies of the project's own fixture articles (invented
 * texts, see longarm-core's test fixtures), without their gold labels, in {@code fixtures.jsonl} next to this class.
 */
public final class BenchArticles {
    static final String RESOURCE = "fixtures.jsonl";

    private BenchArticles() {}

    /** The fixture articles, in file order. */
    public static List<Article> load() {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try (InputStream in = BenchArticles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE + " next to " + BenchArticles.class.getName());
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                out.add(new Article(n.get("id").asText(), n.get("outlet").asText(), n.get("url").asText(),
                        n.get("published").asText(), n.get("title").asText(), n.get("text").asText(),
                        n.get("language").asText(), null, List.of(), RESOURCE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return List.copyOf(out);
    }
}
