package org.longarm.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.longarm.nlp.Sentence;
import org.longarm.nlp.Token;

/**
 * Sentences without CoreNLP, for tests of one stage: tokens written {@code word/POS/NER/lemma} and separated by
 * spaces, with POS, NER and lemma optional ({@code Kim/NNP/PERSON}, {@code fled/VBD//flee}); NER defaults to O, the
 * lemma to the lower-case word. The text is the words joined by single spaces.
 */
public final class Sentences {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();

    /** Adds a sentence after the ones before (one space between sentences). */
    public Sentences add(String annotated) {
        if (text.length() > 0) text.append(' ');
        int start = text.length();
        List<Token> tokens = new ArrayList<>();
        for (String t : annotated.trim().split(" +")) {
            String[] f = t.split("/", -1);
            String word = f[0];
            String pos = f.length > 1 && !f[1].isEmpty() ? f[1] : "NN";
            String ner = f.length > 2 && !f[2].isEmpty() ? f[2] : "O";
            String lemma = f.length > 3 && !f[3].isEmpty() ? f[3] : word.toLowerCase(Locale.ROOT);
            if (!tokens.isEmpty()) text.append(' ');
            int ts = text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), ts, text.length(), word, lemma, pos, ner, null));
        }
        sentences.add(new Sentence(sentences.size(), start, text.length(), tokens));
        return this;
    }

    public static Sentences of(String annotated) {
        return new Sentences().add(annotated);
    }

    public String text() {
        return text.toString();
    }

    public List<Sentence> sentences() {
        return List.copyOf(sentences);
    }

    public Sentence get(int i) {
        return sentences.get(i);
    }
}
