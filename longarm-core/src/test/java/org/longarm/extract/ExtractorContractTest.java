package org.longarm.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.longarm.model.Article;
import org.longarm.model.ArticleIncident;
import org.longarm.model.ArticleResult;
import org.longarm.model.Mention;
import org.longarm.testkit.Pipelines;

/**
 * The contract every extraction must keep, on odd and random input: no exception, every span inside the text and
 * quoting it, every trigger inside its mention. The seed is printed; -Dlongarm.seed=N replays a run.
 */
class ExtractorContractTest {
    private static final String[] WORDS = {"North", "Korea", "Korean", "Pyongyang", "defected", "fled", "agents", "were",
            "sent", "to", "kill", "the", "defector", "in", "China", "Seoul", "last", "month", ",", ".", "said", "officials",
            "reportedly", "arrested", "two", "13", "repatriated", "“", "”", "—", "Ministry", "of", "State", "Security",
            "abducted", "threatened", "executed", "families", "camp", "monitor", "workers", "Vladivostok", "é", "中国",
            "in", "mid-March", "2019", "(Yonhap)", "SEOUL", "--", "not", "may", "who", "and", "their", "manager"};

    private static void check(Article a) {
        ArticleResult r = Pipelines.shared().process(a);
        String text = a.text();
        for (ArticleIncident ai : r.incidents()) {
            for (Mention m : ai.mentions()) {
                assertTrue(m.span().end() <= text.length(), () -> "span past the end in " + a.id());
                assertEquals(m.text(), text.substring(m.span().start(), m.span().end()));
                if (m.trigger() != null) {
                    assertTrue(m.trigger().start() >= m.span().start() && m.trigger().end() <= text.length(), () -> "trigger outside in " + a.id());
                }
            }
        }
    }

    @Test
    void oddInputsDoNotThrow() {
        for (String text : List.of("", " ", ".", "North Korea", "North Korea defected.", "\n\n\n", "—\u00a0North Korea fled\u2028.",
                "North Korean agents " + "kill ".repeat(300) + "defectors.", "NORTH KOREA DEFECTOR FLED!!!", "🙂 North Korea 🙂 fled 🙂.")) {
            check(new Article("odd", null, null, null, null, text, null, "{}", List.of(), "test"));
        }
    }

    @Test
    void randomTextKeepsTheContract() {
        long seed = Long.getLong("longarm.seed", System.nanoTime());
        System.out.println("ExtractorContractTest seed " + seed);
        Random rnd = new Random(seed);
        for (int n = 0; n < 25; n++) {
            StringBuilder sb = new StringBuilder();
            int words = 5 + rnd.nextInt(120);
            for (int i = 0; i < words; i++) {
                String w = WORDS[rnd.nextInt(WORDS.length)];
                sb.append(rnd.nextInt(12) == 0 ? "\n" : " ").append(w);
            }
            String published = rnd.nextBoolean() ? "2019-04-16" : null;
            check(new Article("r" + n, rnd.nextBoolean() ? "Yonhap" : null, null, published, null, sb.toString(), "en", "{}", List.of(), "seed " + seed));
        }
    }
}
