package org.longarm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.longarm.link.Linker;
import org.longarm.model.Article;
import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;
import org.longarm.model.Attribution;
import org.longarm.model.IncidentType;
import org.longarm.model.Mention;
import org.longarm.model.Place;
import org.longarm.model.Status;
import org.longarm.model.Target;
import org.longarm.model.TargetCount;
import org.longarm.model.TargetKind;
import org.longarm.model.TextSpan;
import org.longarm.model.TimeInterval;

/**
 * Linking at scale: generates events, each reported by one to four articles with the noise real reports have
 * (another day, another count, no name), and times {@link Linker#link} over all the reports. Deterministic for a
 * seed; one report per article, one mention per report.
 */
public final class LinkingBench {
    private static final String[] COUNTRIES = {"CHN", "RUS", "MNG", "VNM", "LAO", "THA", "KOR", "JPN", "MYS", "KHM"};
    private static final String[] SURNAMES = {"Kim", "Lee", "Park", "Choi", "Jo", "Ri", "Ryu", "Thae", "Kang", "Han"};
    private static final String[] GIVEN = {"Song", "Il", "Chol", "Myong", "Hyun", "Jong", "Yong", "Su", "Hae", "Gil"};

    private LinkingBench() {}

    /** The figures of one run: reports linked, incidents made, time, and peak heap. */
    public record Result(int reports, int incidents, double seconds, double peakHeapMb) {
        public String line() {
            return String.format(Locale.ROOT, "linking %d reports: %d incidents in %.2f s (%.0f reports/s), peak heap %.0f MiB",
                    reports, incidents, seconds, reports / Math.max(seconds, 1e-9), peakHeapMb);
        }

        public String json() {
            return String.format(Locale.ROOT, "{\"reports\": %d, \"incidents\": %d, \"seconds\": %.3f, \"reports_per_s\": %.1f, \"peak_heap_mb\": %.1f}",
                    reports, incidents, seconds, reports / Math.max(seconds, 1e-9), peakHeapMb);
        }
    }

    public static List<ArticleResult> corpus(int reports, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ArticleResult> out = new ArrayList<>(reports);
        int event = 0;
        while (out.size() < reports) {
            IncidentType type = IncidentType.values()[rnd.nextInt(IncidentType.values().length)];
            LocalDate day = LocalDate.of(2000, 1, 1).plusDays(rnd.nextInt(25 * 365));
            String country = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
            String name = rnd.nextBoolean() ? SURNAMES[rnd.nextInt(10)] + " " + GIVEN[rnd.nextInt(10)] + "-" + GIVEN[rnd.nextInt(10)].toLowerCase(Locale.ROOT) : null;
            Integer count = rnd.nextInt(3) == 0 ? 2 + rnd.nextInt(600) : null;
            int copies = 1 + rnd.nextInt(4);
            for (int c = 0; c < copies && out.size() < reports; c++) {
                String id = String.format(Locale.ROOT, "b%07d", out.size());
                LocalDate d = day.plusDays(rnd.nextInt(5));
                String text = "Report " + id + " of event " + event + ": " + (name == null ? "people" : name) + " in " + country + ".";
                TextSpan span = new TextSpan(id, 0, text.length());
                Mention m = new Mention(span, text, type, Status.COMPLETED, false, Attribution.AUTHOR, null);
                List<Target> targets = name != null && rnd.nextInt(4) > 0
                        ? List.of(new Target(name, TargetKind.PERSON, span)) : List.of();
                TargetCount tc = count != null && rnd.nextBoolean() ? new TargetCount(count + (rnd.nextInt(5) == 0 ? 100 : 0), span) : null;
                TimeInterval time = rnd.nextInt(3) > 0 ? new TimeInterval(d, d, "on that day", span)
                        : new TimeInterval(null, d.plusDays(3), null, null);
                ArticleIncident ai = new ArticleIncident(id, type, Status.COMPLETED, "PRK", null, targets, tc,
                        new Place(country, null, null, null, null), time, List.of(m));
                Article a = new Article(id, "Outlet " + rnd.nextInt(40), null, d.plusDays(3).toString(), null, text, "en", "{}", List.of(), "bench");
                out.add(new ArticleResult(a, true, List.of(ai), List.of(), "bench"));
            }
            event++;
        }
        return out;
    }

    public static Result run(int reports, long seed) {
        List<ArticleResult> corpus = corpus(reports, seed);
        Linker linker = new Linker();
        linker.link(corpus.subList(0, Math.min(corpus.size(), 2000)));
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
        long t0 = System.nanoTime();
        int incidents = linker.link(corpus).size();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed() / (1024.0 * 1024.0);
        }
        return new Result(reports, incidents, seconds, peak);
    }
}
