package org.longarm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.longarm.model.Article;

class EvalCommandTest {
    private static Article article(String extra) {
        return new Article("a1", "Yonhap", null, "2016-04-12", "t", "text", "en", extra, List.of(), "a1.json");
    }

    @Test
    void goldLabelsAreTakenOutBeforeTheSystemSeesTheArticle() {
        Article a = EvalCommand.withoutGoldLabels(article("{\"relevant\":true,\"cites\":[\"Yonhap\"],\"section\":\"world\"}"));
        assertEquals("{\"section\":\"world\"}", a.extraJson());
        assertEquals("text", a.text());
        assertEquals("a1.json", a.source());
    }

    @Test
    void articlesWithoutGoldLabelsAreLeftAlone() {
        Article a = article("{\"section\":\"world\"}");
        assertSame(a, EvalCommand.withoutGoldLabels(a));
    }
}
