package org.longarm.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void namesFoldAliasesArticlesAndPunctuation() throws Exception {
        assertEquals("mss", Names.name(TextNode.valueOf("The State Security Department")));
        assertEquals("mss", Names.name(new ObjectMapper().readTree("{\"name\": \"Bowibu\", \"aliases\": []}")));
        assertEquals("prk", Names.name(TextNode.valueOf("  North Korea! ")));
        assertEquals("some body", Names.name(TextNode.valueOf("Some Body.")));
        assertNull(Names.name(TextNode.valueOf("")));
        assertNull(Names.name(new ObjectMapper().readTree("{\"name\": null}")));
    }

    @Test
    void outletsLoseTheirDomainsAndPunctuation() {
        assertEquals("reuters", Names.outlet(TextNode.valueOf("www.Reuters.com")));
        assertEquals("koreaherald", Names.outlet(TextNode.valueOf("The Korea Herald")));
        assertEquals("bbc", Names.outlet(TextNode.valueOf("bbc.co.uk")));
        assertEquals("", Names.outlet(null));
    }
}
