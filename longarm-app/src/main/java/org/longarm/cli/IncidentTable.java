package org.longarm.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.longarm.model.Incident;
import org.longarm.model.Place;

/** The fixed-width table of {@code incidents}: one line per incident, the first mention cut to fit. */
final class IncidentTable {
    static final int PLACE_WIDTH = 24;
    static final int MENTION_WIDTH = 70;
    private static final String[] HEADER = {"ID", "TYPE", "STATUS", "WHERE", "WHEN", "ART", "FIRST MENTION"};

    private IncidentTable() {}

    static String render(List<Incident> incidents) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Incident i : incidents) {
            rows.add(new String[] {i.id(), i.type().name(), i.status().name(), cut(place(i.location()), PLACE_WIDTH),
                when(i.from(), i.to()), Integer.toString(i.articles()),
                i.mentions().isEmpty() ? "" : "\"" + cut(oneLine(i.mentions().get(0).text()), MENTION_WIDTH - 2) + "\""});
        }
        int[] width = new int[HEADER.length];
        for (String[] r : rows) for (int c = 0; c < r.length; c++) width[c] = Math.max(width[c], r[c].length());
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                if (c > 0) line.append("  ");
                boolean last = c == r.length - 1;
                if (c == 5 && r != HEADER) line.append(" ".repeat(width[c] - r[c].length())).append(r[c]);
                else line.append(r[c]).append(last ? "" : " ".repeat(width[c] - r[c].length()));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    static String place(Place p) {
        if (p == null || (p.country() == null && p.place() == null)) return "?";
        if (p.country() == null) return p.place();
        return p.place() == null ? p.country() : p.country() + " " + p.place();
    }

    static String when(LocalDate from, LocalDate to) {
        if (from == null && to == null) return "?";
        if (from != null && from.equals(to)) return from.toString();
        return (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
    }

    static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** At most {@code max} characters, ending in an ellipsis when cut; never splits a surrogate pair. */
    static String cut(String s, int max) {
        if (s.length() <= max) return s;
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
        return s.substring(0, end).stripTrailing() + "\u2026";
    }

    static String count(int n) {
        return String.format(Locale.ROOT, "%d incident%s", n, n == 1 ? "" : "s");
    }
}
