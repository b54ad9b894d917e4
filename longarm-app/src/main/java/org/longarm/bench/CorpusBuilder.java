package org.longarm.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.longarm.model.Article;
import org.longarm.model.Checks;

/**
 * Writes a bench corpus: a {@code .jsonl.gz} file (short form of FORMATS.md) of generated filler articles with a
 * given share of relevant ones spread evenly among them. A relevant article is a fixture article recombined: its
 * title and lead paragraph, most of its other paragraphs, sometimes a paragraph of another fixture. The same
 * bases, share and seed always give the same bytes.
 */
public final class CorpusBuilder {
    public static final double DEFAULT_RELEVANT_SHARE = 0.03;
    public static final long DEFAULT_SEED = 1;
    private static final List<String> OUTLETS = List.of("Bench Daily", "The Bench Courier", "Bench Wire Service");
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

    private final List<Article> bases;
    private final double relevantShare;
    private final long seed;
    private final FillerText filler = FillerText.load();
    private final ObjectMapper json = new ObjectMapper();

    public CorpusBuilder(List<Article> bases, double relevantShare, long seed) {
        Checks.notNull(bases, "bases");
        Checks.check(!bases.isEmpty(), "bases: no fixture articles to build relevant articles from");
        Checks.check(relevantShare > 0 && relevantShare <= 1, "relevantShare must be in (0, 1], was " + relevantShare);
        this.bases = List.copyOf(bases);
        this.relevantShare = relevantShare;
        this.seed = seed;
    }

    /** A builder over the bench's own fixture articles ({@link BenchArticles}). */
    public static CorpusBuilder standard(double relevantShare, long seed) {
        return new CorpusBuilder(BenchArticles.load(), relevantShare, seed);
    }

    /** Writes articles to {@code file} until at least {@code targetBytes} of uncompressed JSON lines are written. */
    public Corpus write(Path file, long targetBytes) {
        Checks.notNull(file, "file");
        Checks.check(targetBytes > 0, "targetBytes must be positive, was " + targetBytes);
        Random rnd = new Random(seed);
        List<String> relevantIds = new ArrayList<>();
        long bytes = 0;
        int n = 0;
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16)) {
            while (bytes < targetBytes) {
                String id = String.format(Locale.ROOT, "bench-%07d", n);
                boolean relevant = Math.floor((n + 1) * relevantShare) > Math.floor(n * relevantShare);
                Article a = relevant ? relevant(id, rnd) : filler(id, rnd);
                if (relevant) relevantIds.add(id);
                byte[] line = (line(a) + "\n").getBytes(StandardCharsets.UTF_8);
                out.write(line);
                bytes += line.length;
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bench corpus " + file, e);
        }
        try {
            return new Corpus(file, n, relevantIds, bytes, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Article relevant(String id, Random rnd) {
        Article base = bases.get(rnd.nextInt(bases.size()));
        return article(id, base.outlet(), base.published(), base.title(), base.text());
    }

    private Article filler(String id, Random rnd) {
        String outlet = OUTLETS.get(rnd.nextInt(OUTLETS.size()));
        String published = FIRST_DAY.plusDays(rnd.nextInt(9 * 365)).toString();
        String title = filler.title(rnd);
        return article(id, outlet, published, title, filler.text(rnd, 5 + rnd.nextInt(5)));
    }

    private static Article article(String id, String outlet, String published, String title, String text) {
        return new Article(id, outlet, "https://bench.longarm.invalid/" + id, published, title, text, "en", null, List.of(), null);
    }

    private String line(Article a) throws JsonProcessingException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("outlet", a.outlet());
        m.put("url", a.url());
        m.put("published", a.published());
        m.put("title", a.title());
        m.put("language", a.language());
        m.put("text", a.text());
        return json.writeValueAsString(m);
    }
}
