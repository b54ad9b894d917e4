package org.longarm.ingest.web;

import java.util.List;

/**
 * What was read from one web page: its address (as the page names itself, else as fetched; null for a file that
 * names none), title, the publication-time clues found (most trusted first, raw as written), outlet, language (a
 * primary subtag such as "en", or null), the main text, and notes on what was guessed (e.g. "outlet-from-host").
 */
public record Page(String url, String title, List<DateClue> dates, String outlet, String language, String text,
                   List<String> notes) {
    public Page {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a page needs a main text");
        dates = dates == null ? List.of() : List.copyOf(dates);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A publication time as written in the page, and where it was found ("article:published_time", "url"...). */
    public record DateClue(String value, String from) {
        public DateClue {
            if (value == null || value.isBlank()) throw new IllegalArgumentException("a date clue needs a value");
        }
    }
}
