package org.longarm.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The NLP part of the pipeline version follows every CoreNLP property, not a hand-written label. */
class NlpFingerprintTest {
    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) p.setProperty(kv[i], kv[i + 1]);
        return p;
    }

    @Test
    void aChangedPropertyIsAnotherFingerprintAndOrderIsNot() {
        String a = Nlp.fingerprint(props("ner.useSUTime", "false", "pos.maxlen", "200"));
        assertEquals(a, Nlp.fingerprint(props("pos.maxlen", "200", "ner.useSUTime", "false")));
        assertNotEquals(a, Nlp.fingerprint(props("ner.useSUTime", "true", "pos.maxlen", "200")));
        assertTrue(a.startsWith("corenlp-4.5.10[tokenize,ssplit,pos,lemma,ner]+"), a);
    }
}
