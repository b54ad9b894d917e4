package org.longarm.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.longarm.model.Article;
import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;
import org.longarm.model.Attribution;
import org.longarm.model.AttributionKind;
import org.longarm.model.IncidentType;
import org.longarm.model.Mention;
import org.longarm.model.Perpetrator;
import org.longarm.model.Place;
import org.longarm.model.Status;
import org.longarm.model.Target;
import org.longarm.model.TargetCount;
import org.longarm.model.TargetKind;
import org.longarm.model.TextSpan;
import org.longarm.model.TimeInterval;

/**
 * Hand-built extractor output for link tests: an article is a list of reports, each one sentence of the article's
 * text (sentences joined by a space), so every mention span is real: {@code text.substring(start, end)} is the
 * mention. Values are set per report; what is not set stays unknown.
 *
 * <pre>
 * ArticleResult a = article("a1").outlet("Yonhap").published("2016-04-12")
 *         .add(report(DEFECTION, "Thirteen workers fled a restaurant in Ningbo.").time("2016-04-01", "2016-04-30")
 *                 .place("CHN", "Ningbo").count(13))
 *         .build();
 * </pre>
 */
final class LinkFixtures {
    static final String PIPELINE = "test-pipeline";

    private LinkFixtures() {}

    static ArticleSpec article(String id) {
        return new ArticleSpec(id);
    }

    static ReportSpec report(IncidentType type, String sentence) {
        return new ReportSpec(type, sentence);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** An article and the reports the extractor found in it. */
    static final class ArticleSpec {
        private final String id;
        private String outlet = "Test Wire";
        private String published = "2020-01-15";
        private final List<String> cites = new ArrayList<>();
        private final List<ReportSpec> reports = new ArrayList<>();

        private ArticleSpec(String id) {
            this.id = id;
        }

        ArticleSpec outlet(String o) {
            this.outlet = o;
            return this;
        }

        ArticleSpec published(String iso) {
            this.published = iso;
            return this;
        }

        ArticleSpec cites(String... outlets) {
            cites.addAll(List.of(outlets));
            return this;
        }

        ArticleSpec add(ReportSpec r) {
            reports.add(r);
            return this;
        }

        ArticleResult build() {
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            for (ReportSpec r : reports) {
                if (text.length() > 0) text.append(' ');
                int start = text.length();
                text.append(r.sentence);
                spans.add(new int[] {start, text.length()});
            }
            if (text.length() == 0) text.append("Nothing to report.");
            String t = text.toString();
            Article a = new Article(id, outlet, null, published, null, t, "en", "{}", List.of(), "test:" + id);
            List<ArticleIncident> incidents = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) incidents.add(reports.get(i).build(id, t, spans.get(i)));
            return new ArticleResult(a, true, incidents, cites, PIPELINE);
        }
    }

    /** One incident as one article reports it, in one sentence. */
    static final class ReportSpec {
        private final IncidentType type;
        private final String sentence;
        private Status status = Status.COMPLETED;
        private String originState = "PRK";
        private String perpetrator;
        private final List<String[]> targets = new ArrayList<>();
        private Integer count;
        private String country;
        private String place;
        private LocalDate from;
        private LocalDate to;
        private String timeExpression;
        private boolean hedged;
        private AttributionKind attribution = AttributionKind.AUTHOR;

        private ReportSpec(IncidentType type, String sentence) {
            this.type = type;
            this.sentence = sentence;
        }

        ReportSpec status(Status s) {
            this.status = s;
            return this;
        }

        ReportSpec originState(String s) {
            this.originState = s;
            return this;
        }

        ReportSpec perpetrator(String name) {
            this.perpetrator = name;
            return this;
        }

        /** A named person targeted; the name must occur in the sentence. */
        ReportSpec person(String name) {
            targets.add(new String[] {name, TargetKind.PERSON.name()});
            return this;
        }

        ReportSpec group(String name) {
            targets.add(new String[] {name, TargetKind.GROUP.name()});
            return this;
        }

        ReportSpec count(int n) {
            this.count = n;
            return this;
        }

        ReportSpec country(String alpha3) {
            this.country = alpha3;
            return this;
        }

        ReportSpec place(String alpha3, String name) {
            this.country = alpha3;
            this.place = name;
            return this;
        }

        /** An explicit time, as if read from a time expression in the sentence (either bound may be null). */
        ReportSpec time(String fromIso, String toIso) {
            this.from = fromIso == null ? null : date(fromIso);
            this.to = toIso == null ? null : date(toIso);
            this.timeExpression = "explicit " + fromIso + ".." + toIso;
            return this;
        }

        /** An interval the article allows without stating a time (no expression), e.g. "before publication". */
        ReportSpec implicitTime(String fromIso, String toIso) {
            this.from = fromIso == null ? null : date(fromIso);
            this.to = toIso == null ? null : date(toIso);
            this.timeExpression = null;
            return this;
        }

        ReportSpec hedged() {
            this.hedged = true;
            return this;
        }

        ReportSpec attribution(AttributionKind k) {
            this.attribution = k;
            return this;
        }

        private ArticleIncident build(String articleId, String text, int[] at) {
            TextSpan span = new TextSpan(articleId, at[0], at[1]);
            Attribution attr = attribution == AttributionKind.AUTHOR ? Attribution.AUTHOR
                    : new Attribution(attribution, "a source", null);
            Mention m = new Mention(span, span.of(text), type, status, hedged, attr, new TextSpan(articleId, at[0], at[0]));
            List<Target> ts = new ArrayList<>();
            for (String[] t : targets) ts.add(new Target(t[0], TargetKind.valueOf(t[1]), locate(articleId, text, at, t[0])));
            Perpetrator p = perpetrator == null ? null : new Perpetrator(perpetrator, perpetrator, locate(articleId, text, at, perpetrator));
            TargetCount c = count == null ? null : new TargetCount(count, null);
            Place pl = country == null && place == null ? null : new Place(country, place, null, null, null);
            TimeInterval ti = from == null && to == null && timeExpression == null ? TimeInterval.UNKNOWN
                    : new TimeInterval(from, to, timeExpression, null);
            return new ArticleIncident(articleId, type, status, originState, p, ts, c, pl, ti, List.of(m));
        }

        private static TextSpan locate(String articleId, String text, int[] at, String phrase) {
            int i = text.indexOf(phrase, at[0]);
            return i < 0 || i + phrase.length() > at[1] ? null : new TextSpan(articleId, i, i + phrase.length());
        }
    }
}
