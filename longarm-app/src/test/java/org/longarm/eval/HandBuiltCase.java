package org.longarm.eval;

import static org.longarm.eval.ScorerFixture.evidence;
import static org.longarm.eval.ScorerFixture.list;
import static org.longarm.eval.ScorerFixture.obj;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Four articles, five gold incidents and six predictions, built so that every metric of score.py has a value
 * that can be worked out by hand (the arithmetic is in {@link #EXPECTED}'s comments).
 */
final class HandBuiltCase {
    static final String A1 = "Agents abducted Kim in Shenyang last April. Weeks later the agents returned him across the border.";
    static final String A2 = "According to two agencies, agents abducted Kim. Officials warned of threats to his family.";
    static final String A3 = "The weather stayed mild all week.";
    static final String A4 = "\uD83C\uDDF0\uD83C\uDDF5 A defector fled to Seoul. The MSS threatened her family, "
            + "and agents tried to seize her brother in Seoul.";

    /** Every metric, in score.py's order. */
    static final Map<String, Object> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("articles", 4);
        EXPECTED.put("gold_pairs", 6);      // a1: G1 G2, a2: G1, a4: G3 G4 G5
        EXPECTED.put("pred_pairs", 7);      // a1: P1 P2, a2: P1 P6, a3: P4, a4: P1 P3
        EXPECTED.put("relevance_f1", 0.8);  // predicted {a1, a2} (a3, a4 overridden), gold {a1, a2, a4}
        EXPECTED.put("relevance_p", 1.0);
        EXPECTED.put("relevance_r", 0.667);
        EXPECTED.put("detection_p", 0.714); // 5 of 7
        EXPECTED.put("detection_r", 0.833); // 5 of 6
        EXPECTED.put("detection_f1", 0.769);
        EXPECTED.put("status_acc", 0.6);    // G2/P2 and G5/P1 wrong
        EXPECTED.put("perpetrator_acc", 1.0); // aliases of the MSS on both sides
        EXPECTED.put("country_acc", 0.5);   // G3 (none predicted) and G5 (CHN for KOR) wrong
        EXPECTED.put("time_acc", 0.75);     // G3's bound missing in the prediction
        EXPECTED.put("count_acc", 0.667);   // G5 wants 2, P1 says 1
        EXPECTED.put("status_n", 5);
        EXPECTED.put("perpetrator_n", 3);
        EXPECTED.put("country_n", 4);
        EXPECTED.put("time_n", 4);
        EXPECTED.put("count_n", 3);
        EXPECTED.put("linking_b3_f1", 0.846); // P1 merges G1 (2 pairs) with G5: p = (2/3+2/3+1+1+1/3)/5
        EXPECTED.put("linking_b3_p", 0.733);
        EXPECTED.put("linking_b3_r", 1.0);
        EXPECTED.put("origins_acc", 1.0);   // G1: {yonhap} U {yonhap, reuters} = 2, P1 says 2
        EXPECTED.put("origins_n", 1);
        EXPECTED.put("cites_p", 0.75);      // predicted 4 edges, 3 right
        EXPECTED.put("cites_r", 1.0);
        EXPECTED.put("cites_f1", 0.857);
    }

    private HandBuiltCase() {}

    private static ObjectNode span(String id, String text, String part) {
        int s = text.indexOf(part);
        if (s < 0) throw new IllegalArgumentException(part);
        return ScorerFixture.mention(id, s, s + part.length());
    }

    static ScorerFixture write(Path dir) throws IOException {
        ScorerFixture f = new ScorerFixture(dir);
        f.article("a1.json", obj("id", "a1", "outlet", "Yonhap", "text", A1, "relevant", true, "cites", list()));
        f.article("a2.json", obj("id", "a2", "outlet", "Daily NK", "text", A2, "relevant", true,
                "cites", java.util.List.of("Yonhap", "www.Reuters.com")));
        f.article("a3.json", obj("id", "a3", "outlet", "The Korea Herald", "text", A3, "relevant", false));
        f.article("a4.json", obj("id", "a4", "outlet", "NK News", "text", A4, "cites", java.util.List.of("Reuters")));
        f.article("notes.txt", obj("id", "ignored", "text", "not a .json file"));

        f.gold(obj("incident_id", "G1", "type", "ABDUCTION", "status", "COMPLETED",
                "perpetrator", "Ministry of State Security", "perpetrator_alternates", java.util.List.of("Kim Jong Un"),
                "location", obj("country", "CHN", "place", "Shenyang"), "time", obj("from", "2016-04-01", "to", "2016-04-30"),
                "target_count", 1, "mentions", list(evidence("a1", "Agents abducted Kim in Shenyang"), evidence("a2", "agents abducted Kim"))));
        f.gold(obj("incident_id", "G2", "type", "FORCED_RETURN", "status", "COMPLETED", "perpetrator", null,
                "location", obj("country", null), "time", null, "target_count", null,
                "mentions", list(evidence("a1", "the agents returned him across the border"))));
        f.gold(obj("incident_id", "G3", "type", "DEFECTION", "status", "COMPLETED", "perpetrator", null,
                "location", obj("country", "KOR"), "time", obj("from", null, "to", "2019-04-30"), "target_count", null,
                "mentions", list(evidence("a4", "A defector fled to Seoul"))));
        f.gold(obj("incident_id", "G4", "type", "THREAT", "status", "ONGOING", "perpetrator", "MSS",
                "target_count", obj("a4", 3), "mentions", list(evidence("a4", "The MSS threatened her family"))));
        f.gold(obj("incident_id", "G5", "type", "ABDUCTION", "status", "ATTEMPTED",
                "perpetrator", "Ministry of State Security (North Korea)", "location", obj("country", "KOR"),
                "time", obj("from", "2016-05-01", "to", null), "target_count", 2,
                "mentions", list(evidence("a4", "agents tried to seize her brother"))));

        f.pred(obj("id", "P1", "type", "ABDUCTION", "status", "COMPLETED",
                "perpetrator", obj("name", "State Security Department", "aliases", list()),
                "location", obj("country", "CHN"), "time", obj("from", "2016-04-10", "to", "2016-05-20"),
                "target_count", obj("value", 1, "by_article", obj(), "conflict", false),
                "mentions", list(span("a1", A1, "abducted Kim"), span("a2", A2, "abducted Kim"), span("a4", A4, "seize her brother")),
                "corroboration", obj("articles", 3, "independent_origins", 2, "grade", "B2")));
        f.pred(obj("id", "P2", "type", "FORCED_RETURN", "status", "ATTEMPTED", "perpetrator", null,
                "mentions", list(span("a1", A1, "Agents")), "corroboration", obj("independent_origins", 1)));
        f.pred(obj("id", "P3", "type", "DEFECTION", "status", "COMPLETED", "location", null,
                "time", obj("from", null, "to", null), "mentions", list(span("a4", A4, "defector fled"))));
        f.pred(obj("id", "P4", "type", "ABDUCTION", "status", "COMPLETED", "mentions", list(span("a3", A3, "weather"))));
        f.pred(obj("id", "P6", "type", "THREAT", "status", "ONGOING", "mentions", list(span("a2", A2, "warned of threats"))));

        f.predArticle(obj("id", "a1", "cites", list()));
        f.predArticle(obj("id", "a2", "relevant", true, "cites", java.util.List.of("Yonhap", "Korea Times", "Reuters.com")));
        f.predArticle(obj("id", "a3", "relevant", false, "cites", list()));
        f.predArticle(obj("id", "a4", "relevant", 0, "cites", java.util.List.of("the Reuters")));
        f.predArticle(obj("id", "zz", "relevant", true, "cites", java.util.List.of("Nobody")));
        return f;
    }
}
