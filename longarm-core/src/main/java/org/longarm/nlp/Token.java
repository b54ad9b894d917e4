package org.longarm.nlp;

/**
 * One token: offsets into the article text (UTF-16, end exclusive), the word as written, lower-cased lemma,
 * Penn part-of-speech tag, coarse NER tag ("O" when none) and, for dates, SUTime's normalized value.
 */
public record Token(int index, int start, int end, String word, String lemma, String pos, String ner, String normalized) {
    public boolean isNoun() { return pos.startsWith("NN"); }

    public boolean isPluralNoun() { return pos.equals("NNS") || pos.equals("NNPS"); }

    public boolean isVerb() { return pos.startsWith("VB") || pos.equals("MD"); }

    public boolean isProper() { return pos.startsWith("NNP"); }
}
