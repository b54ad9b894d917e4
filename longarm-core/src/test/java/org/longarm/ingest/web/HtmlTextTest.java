package org.longarm.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void blocksBecomeParagraphsAndBreaksLines() {
        assertEquals("One two.\n\nThree\nfour.", HtmlText.fromHtml("<p>One   two.</p><p>Three<br>four.</p>"));
    }

    @Test
    void inlineElementsKeepTheirSpacing() {
        assertEquals("A bold word and a link.", HtmlText.fromHtml("<p>A <b>bold</b> word and <a href=x>a link</a>.</p>"));
        assertEquals("no space inside words", HtmlText.fromHtml("<p>no spa<i>ce</i> inside words</p>"));
    }

    @Test
    void listItemsAreLines() {
        assertEquals("Items:\n\nfirst\nsecond", HtmlText.fromHtml("<p>Items:</p><ul><li>first</li><li>second</li></ul>"));
    }

    @Test
    void scriptsStylesAndFormsAreDropped() {
        assertEquals("Kept.", HtmlText.fromHtml("<script>var a;</script><style>p{}</style><form><button>Go</button></form><p>Kept.</p>"));
    }

    @Test
    void entitiesAreDecodedAndNoBreakSpacesAreSpaces() {
        assertEquals("North Korea & its neighbours", HtmlText.fromHtml("North&nbsp;Korea &amp; its neighbours"));
    }

    @Test
    void preformattedTextKeepsItsLines() {
        assertEquals("line one\n  line two", HtmlText.fromHtml("<pre>line one\n  line two</pre>"));
    }

    @Test
    void emptyOrNullGivesEmptyText() {
        assertEquals("", HtmlText.fromHtml(null));
        assertEquals("", HtmlText.fromHtml("   "));
    }
}
