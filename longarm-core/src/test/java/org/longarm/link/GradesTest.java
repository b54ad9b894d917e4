package org.longarm.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.longarm.link.LinkFixtures.article;
import static org.longarm.link.LinkFixtures.report;
import static org.longarm.model.IncidentType.ABDUCTION;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.longarm.model.ArticleResult;
import org.longarm.model.AttributionKind;

/** Corroboration grades: a source letter and a credibility digit. */
class GradesTest {
    private static final Pattern GRADE = Pattern.compile("[A-F][1-6]");

    private static List<Report> reports(AttributionKind kind, boolean hedged, int n) {
        List<Report> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LinkFixtures.ReportSpec spec = report(ABDUCTION, "Two traders were abducted.").attribution(kind);
            if (hedged) spec.hedged();
            ArticleResult r = article("a" + i).add(spec).build();
            out.add(new Report(i, r, r.incidents().get(0)));
        }
        return out;
    }

    @Test
    void everyGradeIsALetterAToFAndADigitOneToSix() {
        for (AttributionKind kind : AttributionKind.values()) {
            for (boolean hedged : new boolean[] {false, true}) {
                for (boolean conflict : new boolean[] {false, true}) {
                    for (int origins = 0; origins <= 5; origins++) {
                        String g = Grades.grade(reports(kind, hedged, 2), origins, conflict);
                        assertTrue(GRADE.matcher(g).matches(), kind + " " + hedged + " " + conflict + " " + origins + ": " + g);
                    }
                }
            }
        }
    }

    @Test
    void moreIndependentOriginsNeverWorsenTheDigit() {
        List<Report> rs = reports(AttributionKind.MEDIA, false, 2);
        for (int o = 1; o < 5; o++) {
            assertTrue(Grades.grade(rs, o + 1, false).charAt(1) <= Grades.grade(rs, o, false).charAt(1));
        }
        assertTrue(Grades.grade(rs, 3, false).charAt(1) < Grades.grade(rs, 1, false).charAt(1));
    }

    @Test
    void hedgesAndConflictsWorsenTheDigit() {
        String plain = Grades.grade(reports(AttributionKind.MEDIA, false, 2), 2, false);
        String hedged = Grades.grade(reports(AttributionKind.MEDIA, true, 2), 2, false);
        String conflict = Grades.grade(reports(AttributionKind.MEDIA, false, 2), 2, true);
        assertTrue(hedged.charAt(1) > plain.charAt(1), plain + " vs hedged " + hedged);
        assertTrue(conflict.charAt(1) > plain.charAt(1), plain + " vs conflict " + conflict);
    }

    @Test
    void namedSourcesGradeBetterThanAnonymousOnes() {
        String named = Grades.grade(reports(AttributionKind.OFFICIAL_NAMED, false, 2), 2, false);
        String anonymous = Grades.grade(reports(AttributionKind.ANONYMOUS_SOURCE, false, 2), 2, false);
        assertTrue(named.charAt(0) < anonymous.charAt(0), named + " vs " + anonymous);
    }

    @Test
    void theOutletProfileSetsTheLetterAndTheReasonsSayWhy() {
        List<Report> rs = reports(AttributionKind.MEDIA, false, 2);
        Grades.Assessment a = Grades.assess(rs, List.of("Yonhap", "Daily NK"), true, o -> o.equals("Yonhap") ? "B" : "C");
        assertEquals('B', a.grade().charAt(0));
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("Yonhap")), a.reasons().toString());
        assertTrue(a.reasons().stream().anyMatch(r -> r.startsWith("2 independent origins")), a.reasons().toString());
        assertTrue(a.reasons().stream().anyMatch(r -> r.contains("conflicting")), a.reasons().toString());
    }
}
