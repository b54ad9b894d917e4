package org.longarm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.model.ArticleResult;
import org.longarm.store.testkit.ArticleResultBuilder;

class StoreCopiesTest {
    @TempDir
    Path dir;

    private static ArticleResult article(String id, String url, String text) {
        return ArticleResultBuilder.article(id).url(url).text(text).build();
    }

    @Test
    void theSameTextUnderAnotherIdIsACopy() {
        try (Store store = Store.open(dir)) {
            store.save(article("a1", "https://one.example/x", "Same words."));
            assertEquals(Optional.of("a1"), store.copyOf("web-123", ArticleResultBuilder.article("b").text("Same words.").build().article().sha256(), null));
            assertEquals(Optional.empty(), store.copyOf("a1", article("a1", null, "Same words.").article().sha256(), null), "not a copy of itself");
        }
    }

    @Test
    void theSameCanonicalAddressUnderAnotherIdIsACopy() {
        try (Store store = Store.open(dir)) {
            store.save(article("a1", "http://www.news.example/2016/08/18/story/?utm_source=x", "Words as given in JSON."));
            String otherSha = article("p", null, "Words as extracted from the page.").article().sha256();
            assertEquals(Optional.of("a1"), store.copyOf("web-abc", otherSha, "https://news.example/2016/08/18/story#top"));
            assertEquals(Optional.empty(), store.copyOf("web-abc", otherSha, "https://news.example/2016/08/18/other"));
            assertTrue(store.hasUrl("https://news.example/2016/08/18/story"));
            assertFalse(store.hasUrl("https://news.example/2016/08/18/other"));
            assertFalse(store.hasUrl("not a url"));
        }
    }

    @Test
    void rowsStoredBeforeTheCanonicalColumnAreFilledOnOpen() throws Exception {
        try (Store store = Store.open(dir)) {
            store.save(article("a1", "http://www.news.example/story", "Words."));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE article SET canonical_url = NULL");
        }
        try (Store store = Store.open(dir)) {
            assertTrue(store.hasUrl("https://news.example/story"));
        }
    }
}
