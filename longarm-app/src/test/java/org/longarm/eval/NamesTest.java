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

    @Test
    void otherStatesOrgansFoldToTheirKeys() {
        assertEquals("irgc", Names.name(TextNode.valueOf("Iran's Revolutionary Guards")));
        assertEquals("mit", Names.name(TextNode.valueOf("the Turkish intelligence agency")));
        assertEquals("rus", Names.name(TextNode.valueOf("Kremlin")));
        assertEquals("mss-chn", Names.name(TextNode.valueOf("China's Ministry of State Security")));
        assertEquals("mss", Names.name(TextNode.valueOf("Ministry of State Security")));
    }

    @Test
    void theAliasTableIsScorePys() throws Exception {
        java.nio.file.Path eval = SharedEval.assumeScorePy();
        String code = "import importlib.util,sys\n"
                + "s=importlib.util.spec_from_file_location('s',sys.argv[1]);m=importlib.util.module_from_spec(s);s.loader.exec_module(m)\n"
                + "for a,k in sorted(m.CANON.items()): print(a+'\\t'+k)\n";
        Process p = new ProcessBuilder("python3", "-c", code, eval.resolve("score.py").toString()).start();
        String py = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        StringBuilder java = new StringBuilder();
        new java.util.TreeMap<>(Names.canonTable()).forEach((a, k) -> java.append(a).append('\t').append(k).append('\n'));
        assertEquals(py, java.toString());
    }
}
