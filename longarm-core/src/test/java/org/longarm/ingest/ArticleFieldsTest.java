package org.longarm.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.longarm.model.Article;

class ArticleFieldsTest {
    private static ArticleFields fields(String json) throws BadInput {
        return ArticleFields.of(JsonText.parse(json));
    }

    @Test
    void shortFormMapsEveryField() throws BadInput {
        ArticleFields f = fields("{\"id\":\"a1\",\"outlet\":\"Daily NK\",\"url\":\"https://x.example/1\","
                + "\"published\":\"2020-03-04\",\"title\":\"A headline\",\"text\":\"Body.\",\"language\":\"en\"}");
        assertEquals("a1", f.id());
        assertEquals("Daily NK", f.outlet());
        assertEquals("https://x.example/1", f.url());
        assertEquals("2020-03-04", f.published());
        assertEquals("A headline", f.title());
        assertEquals("Body.", f.text());
        assertEquals("en", f.language());
        assertEquals("{}", f.extraJson());
    }

    @Test
    void newsPleaseFormMapsItsNamesAndNormalizesTheDate() throws BadInput {
        ArticleFields f = fields("{\"source_domain\":\"example.org\",\"url\":\"https://example.org/a\","
                + "\"date_publish\":\"2017-01-02 03:04:05\",\"title\":\"T\",\"maintext\":\"Main text.\","
                + "\"language\":\"en\",\"authors\":[\"Kim\"],\"date_download\":\"2017-01-03 00:00:00\"}");
        assertNull(f.id());
        assertEquals("example.org", f.outlet());
        assertEquals("2017-01-02T03:04:05", f.published());
        assertEquals("Main text.", f.text());
        assertEquals("{\"authors\":[\"Kim\"],\"date_download\":\"2017-01-03 00:00:00\"}", f.extraJson());
    }

    @Test
    void unknownFieldsAreKeptWithSortedKeysAtEveryDepth() throws BadInput {
        ArticleFields f = fields("{\"text\":\"t\",\"zeta\":1,\"alpha\":{\"y\":true,\"b\":[{\"d\":1,\"c\":2}]}}");
        assertEquals("{\"alpha\":{\"b\":[{\"c\":2,\"d\":1}],\"y\":true},\"zeta\":1}", f.extraJson());
    }

    @Test
    void goldOnlyFieldsGoToExtraJson() throws BadInput {
        ArticleFields f = fields("{\"id\":\"s9\",\"text\":\"t\",\"relevant\":true,\"cites\":[\"Daily NK\"]}");
        assertEquals("{\"cites\":[\"Daily NK\"],\"relevant\":true}", f.extraJson());
    }

    @Test
    void shortNameWinsAndItsNewsPleaseTwinIsKeptAsExtra() throws BadInput {
        ArticleFields f = fields("{\"text\":\"short\",\"maintext\":\"long\",\"outlet\":\"A\",\"source_domain\":\"a.example\"}");
        assertEquals("short", f.text());
        assertEquals("A", f.outlet());
        assertEquals("{\"maintext\":\"long\",\"source_domain\":\"a.example\"}", f.extraJson());
    }

    @Test
    void nullFieldsAreUnknownAndNotExtras() throws BadInput {
        ArticleFields f = fields("{\"text\":null,\"maintext\":\"m\",\"url\":null,\"published\":null,\"date_publish\":null}");
        assertEquals("m", f.text());
        assertNull(f.url());
        assertNull(f.published());
        assertEquals("{}", f.extraJson());
    }

    @Test
    void aNumberForAStringFieldIsRejectedNamingTheField() {
        BadInput e = assertThrows(BadInput.class, () -> fields("{\"text\":\"t\",\"published\":12}"));
        assertEquals("field 'published' must be a string, was a number (12)", e.reason());
    }

    @Test
    void anObjectForTextIsRejected() {
        BadInput e = assertThrows(BadInput.class, () -> fields("{\"text\":{}}"));
        assertEquals("field 'text' must be a string, was an object", e.reason());
    }

    @Test
    void anIntegerIdIsTakenAsItsDigits() throws BadInput {
        assertEquals("42", fields("{\"id\":42,\"text\":\"t\"}").id());
    }

    @Test
    void anUnparseableDateNamesTheFieldAndTheValue() {
        BadInput e = assertThrows(BadInput.class, () -> fields("{\"text\":\"t\",\"date_publish\":\"last Tuesday\"}"));
        assertEquals("unparseable date in 'date_publish': 'last Tuesday'", e.reason());
    }

    @Test
    void anImpossibleCalendarDateIsUnparseable() {
        BadInput e = assertThrows(BadInput.class, () -> fields("{\"text\":\"t\",\"published\":\"2019-02-30\"}"));
        assertTrue(e.reason().contains("'published'"), e.reason());
    }

    @Test
    void aNonObjectIsRejected() {
        BadInput e = assertThrows(BadInput.class, () -> fields("[1,2]"));
        assertEquals("expected a JSON object, found an array", e.reason());
    }

    @Test
    void metadataIsStrippedButTextIsKeptExactly() throws BadInput {
        ArticleFields f = fields("{\"title\":\"  Spaced  \",\"outlet\":\" \",\"text\":\"  two spaces\\r\\n\"}");
        assertEquals("Spaced", f.title());
        assertNull(f.outlet());
        assertEquals("  two spaces\r\n", f.text());
    }

    @Test
    void missingOrBlankTextIsRejectedOnTheWayToAnArticle() throws BadInput {
        BadInput missing = assertThrows(BadInput.class,
                () -> fields("{\"id\":\"a\"}").toArticle("x", List.of(), "src", IngestLimits.DEFAULT));
        assertEquals("missing 'text' (or 'maintext')", missing.reason());
        BadInput blank = assertThrows(BadInput.class,
                () -> fields("{\"maintext\":\" \\n \"}").toArticle("x", List.of(), "src", IngestLimits.DEFAULT));
        assertEquals("blank 'text' (or 'maintext')", blank.reason());
    }

    @Test
    void anArticleOverTheLimitIsRejectedWithItsSize() throws BadInput {
        ArticleFields f = fields("{\"text\":\"abcdefghijk\"}");
        BadInput e = assertThrows(BadInput.class, () -> f.toArticle("x", List.of(), "src", new IngestLimits(10, 1000)));
        assertEquals("article too large (11 chars, limit 10)", e.reason());
    }

    @Test
    void theFallbackIdIsUsedOnlyWithoutAnIdAndAMissingDateIsFlagged() throws BadInput {
        Article given = fields("{\"id\":\"mine\",\"text\":\"t\",\"published\":\"2020-01-01\"}")
                .toArticle("fallback", List.of(), "src", IngestLimits.DEFAULT);
        assertEquals("mine", given.id());
        assertEquals(List.of(), given.flags());
        Article fallback = fields("{\"id\":\" \",\"text\":\"t\"}").toArticle("fallback", List.of(), "src", IngestLimits.DEFAULT);
        assertEquals("fallback", fallback.id());
        assertEquals(List.of(IngestFlags.NO_PUBLICATION_DATE), fallback.flags());
        assertEquals("src", fallback.source());
    }
}
