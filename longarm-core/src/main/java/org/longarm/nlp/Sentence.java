package org.longarm.nlp;

import java.util.List;

/** A sentence: its index in the document, offsets into the text, and its tokens. */
public record Sentence(int index, int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public String text(String doc) {
        return doc.substring(start, end);
    }

    public int size() { return tokens.size(); }

    public Token token(int i) { return tokens.get(i); }

    /** Index of the first token starting at or after a character offset, or size() when none. */
    public int tokenAt(int charOffset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > charOffset) return i;
        }
        return tokens.size();
    }
}
