package org.longarm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.longarm.model.ArticleIncident;
import org.longarm.model.Attribution;
import org.longarm.model.Incident;
import org.longarm.model.Mention;
import org.longarm.model.Place;
import org.longarm.model.Target;
import org.longarm.model.TextSpan;

/** The text of {@code show ID}: every value of an incident, then each mention with its span and attribution, then each article's own reading. */
final class IncidentReport {
    private final StringBuilder sb = new StringBuilder();

    private IncidentReport() {}

    static String render(Incident i) {
        return new IncidentReport().incident(i).toString();
    }

    private IncidentReport incident(Incident i) {
        sb.append("Incident ").append(i.id()).append('\n');
        field("type", i.type() + " (PLOVER " + i.type().plover() + ", CAMEO " + i.type().cameo() + ")");
        field("status", i.status().name());
        field("origin", or(i.originState()));
        String aliases = i.perpetratorAliases().isEmpty() ? "" : " (also: " + String.join(", ", i.perpetratorAliases()) + ")";
        field("perpetrator", i.perpetrator() == null ? "unknown" : i.perpetrator() + aliases);
        field("targets", targets(i.targets()));
        field("count", count(i));
        field("location", location(i.location()));
        field("time", i.from() == null && i.to() == null ? "unknown" : or(i.from()) + " .. " + or(i.to()));
        field("sources", i.articles() + " article" + (i.articles() == 1 ? "" : "s") + ", " + i.origins().size()
                + " independent origin" + (i.origins().size() == 1 ? "" : "s")
                + (i.origins().isEmpty() ? "" : " (" + String.join(", ", i.origins()) + ")")
                + (i.grade() == null ? "" : ", grade " + i.grade()));
        if (!i.reasons().isEmpty()) field("why that grade", String.join("; ", i.reasons()));
        field("pipeline", or(i.pipeline()));
        sb.append("\nMentions (").append(i.mentions().size()).append(")\n");
        int n = 0;
        for (Mention m : i.mentions()) mention(++n, m);
        sb.append("\nPer-article reports (").append(i.reports().size()).append(")\n");
        for (ArticleIncident r : i.reports()) report(r);
        return this;
    }

    private void field(String name, String value) {
        sb.append("  ").append(String.format("%-12s", name)).append(' ').append(value).append('\n');
    }

    private void mention(int n, Mention m) {
        sb.append("  [").append(n).append("] ").append(m.span().articleId()).append(' ').append(span(m.span())).append('\n');
        sb.append("      \"").append(IncidentTable.oneLine(m.text())).append("\"\n");
        sb.append("      status ").append(m.status())
                .append(", hedged ").append(m.hedged() ? "yes" : "no").append('\n');
        sb.append("      attribution ").append(attribution(m.attribution())).append('\n');
        if (m.trigger() != null) {
            String t = triggerText(m);
            sb.append("      trigger ").append(t == null ? "" : "\"" + t + "\" ").append(span(m.trigger())).append('\n');
        }
    }

    private static String attribution(Attribution a) {
        String s = a.kind().name();
        if (a.source() != null) s += ": \"" + a.source() + "\"";
        if (a.span() != null) s += " " + span(a.span());
        return s;
    }

    /** The trigger's words, when they lie inside the mention (the mention's text is all we hold here). */
    static String triggerText(Mention m) {
        TextSpan t = m.trigger();
        TextSpan s = m.span();
        if (!t.articleId().equals(s.articleId()) || t.start() < s.start() || t.end() > s.end()) return null;
        return m.text().substring(t.start() - s.start(), t.end() - s.start());
    }

    private void report(ArticleIncident r) {
        sb.append("  ").append(r.articleId()).append(": ").append(r.type()).append(' ').append(r.status());
        if (r.originState() != null) sb.append(", origin ").append(r.originState());
        sb.append('\n');
        if (r.perpetrator() != null) {
            String as = r.perpetrator().alias() != null && !r.perpetrator().alias().equals(r.perpetrator().name())
                    ? " (as \"" + r.perpetrator().alias() + "\")" : "";
            sb.append("      perpetrator ").append(r.perpetrator().name()).append(as)
                    .append(r.perpetrator().span() == null ? "" : " " + span(r.perpetrator().span())).append('\n');
        }
        if (!r.targets().isEmpty()) sb.append("      targets ").append(targets(r.targets())).append('\n');
        if (r.count() != null) {
            sb.append("      count ").append(r.count().value())
                    .append(r.count().span() == null ? "" : " " + span(r.count().span())).append('\n');
        }
        if (r.location() != null) sb.append("      location ").append(location(r.location())).append('\n');
        if (!r.time().isUnknown() || r.time().expression() != null) {
            sb.append("      time ").append(or(r.time().from())).append(" .. ").append(or(r.time().to()))
                    .append(r.time().expression() == null ? "" : " from \"" + r.time().expression() + "\"")
                    .append(r.time().span() == null ? "" : " " + span(r.time().span())).append('\n');
        }
        sb.append("      ").append(r.mentions().size()).append(" mention").append(r.mentions().size() == 1 ? "" : "s").append('\n');
    }

    private static String targets(List<Target> targets) {
        if (targets.isEmpty()) return "unknown";
        List<String> out = new ArrayList<>();
        for (Target t : targets) out.add(t.name() + " (" + t.kind() + ")");
        return String.join("; ", out);
    }

    private static String count(Incident i) {
        if (i.count() == null && i.countByArticle().isEmpty()) return "unknown";
        StringBuilder s = new StringBuilder(i.count() == null ? "unknown" : i.count().toString());
        if (!i.countByArticle().isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, Integer> e : new TreeMap<>(i.countByArticle()).entrySet()) parts.add(e.getKey() + ": " + e.getValue());
            s.append(" (").append(String.join(", ", parts)).append(')');
        }
        if (i.countConflict()) s.append("; the articles disagree");
        return s.toString();
    }

    private static String location(Place p) {
        if (p == null) return "unknown";
        String s = IncidentTable.place(p);
        if (p.lat() != null) s += " (" + p.lat() + ", " + p.lon() + ")";
        return s;
    }

    private static String span(TextSpan s) {
        return "[" + s.start() + ", " + s.end() + ")";
    }

    private static String or(Object o) {
        return o == null ? "?" : o.toString();
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
