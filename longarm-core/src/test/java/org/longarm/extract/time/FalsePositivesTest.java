package org.longarm.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Words and numbers that look like time but are not: no mention comes out of these sentences. */
class FalsePositivesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 4, 16);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Officials may have known about it.",
        "May we ask why?",
        "The envoy said the North May well retaliate.",
        "Thousands joined a protest march in Seoul.",
        "The March of the Volunteers was sung.",
        "June Kim and April Lee spoke to reporters.",
        "The Sun reported the story.",
        "The Sunday Times reported the story.",
        "USA Today reported the story.",
        "Psychology Today reported the story.",
        "The Japan Today website reported the story.",
        "Police counted 2,000 people at the rally.",
        "Some 1999 soldiers crossed the line.",
        "There were 1997 defectors on the list.",
        "The 2000 people who gathered were dispersed.",
        "Kim scored 2013 points in the game.",
        "Call 02-2100-2000 for help.",
        "Dial 82 2100 2000 for the office.",
        "Article 19 and Article 2010 of the code apply.",
        "He paid $2015 for the ticket.",
        "Room 2012 was searched.",
        "It rose 2014% in value.",
        "The Arab Spring shook the region.",
        "After the fall of the Berlin Wall, exiles returned.",
        "Prices fall when supply rises.",
        "Bureau 121 and Office 39 run the schemes.",
        "Dozens of years ago is not counted.",
        "He sat at the last table of the room.",
        "They studied the spring water.",
        "Version 3.2019 was released.",
    })
    void findsNothingIn(String sentence) {
        List<TimeMention> found = TimeExpressions.find(sentence, PUBLISHED);
        assertEquals(List.of(), found, sentence);
    }
}
