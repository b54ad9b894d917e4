package org.longarm.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.longarm.model.Checks;
import org.longarm.model.Incident;

/**
 * Front door of search: a Lucene index of the stored incidents in {@code DATA/index}. {@link #rebuild} writes it
 * afresh (one commit: a reader sees the old index or the new one, never half); {@link #open} rebuilds it first when
 * it is missing or out of step with the incidents given; {@link #refresh} picks up a commit made by another process
 * (an import while the server runs). Thread-safe for searching.
 */
public final class SearchIndex implements AutoCloseable {
    /** The index's folder name inside the data folder. */
    public static final String DIR_NAME = "index";
    public static final String FACET_TYPE = "type";
    public static final String FACET_STATUS = "status";
    public static final String FACET_COUNTRY = "country";
    public static final String FACET_PERPETRATOR = "perpetrator";
    public static final String FACET_YEAR = "year";
    /** The facet dimensions every result counts, in this order. */
    public static final List<String> FACETS = List.of(FACET_TYPE, FACET_STATUS, FACET_COUNTRY, FACET_PERPETRATOR, FACET_YEAR);
    static final String FINGERPRINT = "fingerprint";
    private static final int FACET_TOP = 200;

    private final Directory directory;
    private final FacetsConfig config = IncidentDocs.facetsConfig();
    private volatile Snapshot snapshot;

    private record Snapshot(DirectoryReader reader, IndexSearcher searcher, SortedSetDocValuesReaderState state) {}

    private SearchIndex(Directory directory, DirectoryReader reader) throws IOException {
        this.directory = directory;
        this.snapshot = snapshot(reader);
    }

    private static Snapshot snapshot(DirectoryReader reader) throws IOException {
        SortedSetDocValuesReaderState state = null;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, IncidentDocs.facetsConfig());
        } catch (IllegalArgumentException noFacetsYet) {
            // an index of no incidents has no facet field at all
        }
        return new Snapshot(reader, new IndexSearcher(reader), state);
    }

    /** The index folder of a data folder. */
    public static Path dir(Path dataDir) {
        return Checks.notNull(dataDir, "dataDir").resolve(DIR_NAME);
    }

    /** Writes the index of these incidents afresh into {@code DATA/index}, replacing what was there. */
    public static void rebuild(Path dataDir, List<Incident> incidents) {
        Checks.notNull(incidents, "incidents");
        try (Directory dir = FSDirectory.open(Files.createDirectories(dir(dataDir)));
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            FacetsConfig config = IncidentDocs.facetsConfig();
            for (Incident x : incidents) w.addDocument(IncidentDocs.of(x, config));
            w.setLiveCommitData(Map.of(FINGERPRINT, IncidentDocs.fingerprint(incidents)).entrySet());
            w.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index in " + dir(dataDir), e);
        }
    }

    /** True when {@code DATA/index} holds exactly these incidents (by fingerprint). */
    public static boolean inStep(Path dataDir, List<Incident> incidents) {
        Path d = dir(dataDir);
        if (!Files.isDirectory(d)) return false;
        try (Directory dir = FSDirectory.open(d)) {
            if (!DirectoryReader.indexExists(dir)) return false;
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                return IncidentDocs.fingerprint(incidents).equals(r.getIndexCommit().getUserData().get(FINGERPRINT));
            }
        } catch (IOException e) {
            return false; // unreadable: rebuild
        }
    }

    /** Opens the index of a data folder, rebuilding it first when it is missing or does not hold these incidents. */
    public static SearchIndex open(Path dataDir, List<Incident> incidents) {
        if (!inStep(dataDir, incidents)) rebuild(dataDir, incidents);
        try {
            Directory dir = FSDirectory.open(dir(dataDir));
            return new SearchIndex(dir, DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir(dataDir), e);
        }
    }

    /** The fingerprint of the incidents the open index holds. */
    public String fingerprint() {
        try {
            return snapshot.reader().getIndexCommit().getUserData().get(FINGERPRINT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of incidents indexed. */
    public int size() {
        return snapshot.reader().numDocs();
    }

    /** Reopens when another writer committed since; true when the index changed. */
    public synchronized boolean refresh() {
        try {
            Snapshot s = snapshot;
            DirectoryReader newer = DirectoryReader.openIfChanged(s.reader());
            if (newer == null) return false;
            snapshot = snapshot(newer);
            s.reader().decRef();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen the search index", e);
        }
    }

    /** One page of hits with facet counts over all of them. */
    public SearchResult search(SearchQuery q) {
        Checks.notNull(q, "query");
        Snapshot s = acquire();
        try {
            Query query = query(q);
            long total = s.searcher().count(query);
            Sort sort = sort(q);
            int n = (int) Math.min(Integer.MAX_VALUE - 1, (long) q.offset() + q.limit());
            FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(s.searcher(), query, Math.max(1, n), sort, new FacetsCollectorManager());
            TopDocs top = r.topDocs();
            StoredFields stored = s.searcher().storedFields();
            List<String> ids = new java.util.ArrayList<>();
            for (int i = q.offset(); i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                ids.add(stored.document(sd.doc, java.util.Set.of(IncidentDocs.ID)).get(IncidentDocs.ID));
            }
            return new SearchResult(total, ids, facets(s, r.facetsCollector()));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            release(s);
        }
    }

    /** The ids of every hit, in the order of {@link #search}; offset and limit are ignored. */
    public List<String> ids(SearchQuery q) {
        Checks.notNull(q, "query");
        Snapshot s = acquire();
        try {
            Query query = query(q);
            int n = Math.max(1, s.searcher().count(query));
            TopDocs top = s.searcher().search(query, n, sort(q));
            StoredFields stored = s.searcher().storedFields();
            List<String> ids = new java.util.ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) ids.add(stored.document(sd.doc, java.util.Set.of(IncidentDocs.ID)).get(IncidentDocs.ID));
            return List.copyOf(ids);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            release(s);
        }
    }

    private static Sort sort(SearchQuery q) {
        return q.text() == null
                ? new Sort(new SortField(IncidentDocs.SORT_FROM, SortField.Type.LONG, true), new SortField(IncidentDocs.ID, SortField.Type.STRING))
                : new Sort(SortField.FIELD_SCORE, new SortField(IncidentDocs.ID, SortField.Type.STRING));
    }

    private synchronized Snapshot acquire() {
        Snapshot s = snapshot;
        s.reader().incRef();
        return s;
    }

    private static void release(Snapshot s) {
        try {
            s.reader().decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Map<String, Integer>> facets(Snapshot s, FacetsCollector fc) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String dim : FACETS) out.put(dim, new LinkedHashMap<>());
        if (s.state() == null) return out;
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(s.state(), fc);
        for (String dim : FACETS) {
            FacetResult fr;
            try {
                fr = counts.getTopChildren(FACET_TOP, dim);
            } catch (IllegalArgumentException notIndexed) {
                continue; // no document has this dimension
            }
            if (fr == null) continue;
            for (LabelAndValue lv : fr.labelValues) out.get(dim).put(lv.label, lv.value.intValue());
        }
        return out;
    }

    static Query query(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new MatchAllDocsQuery(), Occur.MUST);
        if (q.type() != null) b.add(new TermQuery(new Term(IncidentDocs.TYPE, q.type().name())), Occur.FILTER);
        if (q.status() != null) b.add(new TermQuery(new Term(IncidentDocs.STATUS, q.status().name())), Occur.FILTER);
        if (q.country() != null) b.add(new TermQuery(new Term(IncidentDocs.COUNTRY, q.country())), Occur.FILTER);
        if (q.since() != null || q.until() != null) {
            b.add(new TermQuery(new Term(IncidentDocs.DATED, "1")), Occur.FILTER);
            if (q.since() != null) b.add(LongPoint.newRangeQuery(IncidentDocs.TO, q.since().toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
            if (q.until() != null) b.add(LongPoint.newRangeQuery(IncidentDocs.FROM, Long.MIN_VALUE, q.until().toEpochDay()), Occur.FILTER);
        }
        if (q.text() != null) {
            SimpleQueryParser p = new SimpleQueryParser(analyzer(),
                    Map.of(IncidentDocs.MENTIONS, 1f, IncidentDocs.NAMES, 2f, IncidentDocs.PLACES, 2f));
            p.setDefaultOperator(Occur.MUST);
            b.add(p.parse(q.text()), Occur.MUST);
        }
        return b.build();
    }

    private static Analyzer analyzer() {
        return new EnglishAnalyzer();
    }

    @Override
    public synchronized void close() {
        try {
            snapshot.reader().decRef();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }
}
