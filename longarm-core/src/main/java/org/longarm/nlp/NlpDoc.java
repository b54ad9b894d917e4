package org.longarm.nlp;

import java.time.LocalDate;
import java.util.List;

/** An annotated article text: sentences with tokens, and the publication date it was annotated against. */
public record NlpDoc(String text, LocalDate published, List<Sentence> sentences) {
    public NlpDoc {
        sentences = List.copyOf(sentences);
    }
}
