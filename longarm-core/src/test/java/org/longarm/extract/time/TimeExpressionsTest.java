package org.longarm.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One expression per sentence: the span found and the interval it names against the publication date. */
class TimeExpressionsTest {

    @ParameterizedTest(name = "[{index}] {0} @ {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        The team fled this past spring.              | this past spring      | 2016-08-23 | 2016-03-01 | 2016-05-31 | SEASON
        In June, two cooks escaped.                  | June                  | 2016-08-23 | 2016-06-01 | 2016-06-30 | MONTH
        In April, a trader vanished.                 | April                 | 2019-04-16 | 2019-04-01 | 2019-04-30 | MONTH
        She was seized last November.                | last November         | 2019-04-16 | 2018-11-01 | 2018-11-30 | MONTH
        The guard left in mid-March.                 | mid-March             | 2019-04-16 | 2019-03-11 | 2019-03-20 | MONTH
        The guard left in mid March.                 | mid March             | 2019-04-16 | 2019-03-11 | 2019-03-20 | MONTH
        Talks collapsed in late February.            | late February         | 2019-04-16 | 2019-02-21 | 2019-02-28 | MONTH
        Agents arrived in early March.               | early March           | 2019-04-16 | 2019-03-01 | 2019-03-10 | MONTH
        The order came at the end of March.          | the end of March      | 2019-04-16 | 2019-03-21 | 2019-03-31 | MONTH
        The order came at the beginning of May.      | the beginning of May  | 2019-04-16 | 2018-05-01 | 2018-05-10 | MONTH
        The ship docked on Aug. 22.                  | Aug. 22               | 2016-08-23 | 2016-08-22 | 2016-08-22 | DAY
        Officials said on Aug. 21 that it was over.  | Aug. 21               | 2016-08-23 | 2016-08-21 | 2016-08-21 | DAY
        The raid happened on Dec. 20.                | Dec. 20               | 2017-01-05 | 2016-12-20 | 2016-12-20 | DAY
        The summit is due on Aug. 27.                | Aug. 27               | 2016-08-23 | 2016-08-27 | 2016-08-27 | DAY
        Police detained him on Sept. 3.              | Sept. 3               | 2016-08-23 | 2015-09-03 | 2015-09-03 | DAY
        It was filed on April 16, 2019.              | April 16, 2019        | 2016-08-23 | 2019-04-16 | 2019-04-16 | DAY
        It was filed on 16 April 2019.               | 16 April 2019         | 2016-08-23 | 2019-04-16 | 2019-04-16 | DAY
        They met on the 3rd of June 2014.            | 3rd of June 2014      | 2016-08-23 | 2014-06-03 | 2014-06-03 | DAY
        Posted 2016/08/18 at noon.                   | 2016/08/18            | 2016-08-23 | 2016-08-18 | 2016-08-18 | DAY
        Filed 2016-08-18 by the desk.                | 2016-08-18            | 2016-08-23 | 2016-08-18 | 2016-08-18 | DAY
        Arrests were made April 5-7, 2016.           | April 5-7, 2016       | 2019-04-16 | 2016-04-05 | 2016-04-07 | DAY
        The order dates from Monday, April 15, 2019. | Monday, April 15, 2019 | 2019-04-16 | 2019-04-15 | 2019-04-15 | DAY
        He defected in May 2018.                     | May 2018              | 2019-04-16 | 2018-05-01 | 2018-05-31 | MONTH
        He defected in April of 2015.                | April of 2015         | 2019-04-16 | 2015-04-01 | 2015-04-30 | MONTH
        This March the ministry warned them.         | This March            | 2019-04-16 | 2019-03-01 | 2019-03-31 | MONTH
        The trial opens next March.                  | next March            | 2019-04-16 | 2020-03-01 | 2020-03-31 | MONTH
        Since April, five have fled.                 | Since April           | 2016-08-23 | 2016-04-01 | 2016-08-23 | MONTH
        He vanished last summer.                     | last summer           | 2016-08-23 | 2015-06-01 | 2015-08-31 | SEASON
        He vanished last summer.                     | last summer           | 2019-04-16 | 2018-06-01 | 2018-08-31 | SEASON
        They left in spring 2015.                    | spring 2015           | 2019-04-16 | 2015-03-01 | 2015-05-31 | SEASON
        They left in the fall of 2015.               | fall of 2015          | 2019-04-16 | 2015-09-01 | 2015-11-30 | SEASON
        They crossed the river in winter.            | winter                | 2016-08-23 | 2015-12-01 | 2016-02-29 | SEASON
        They crossed in winter 2015.                 | winter 2015           | 2019-04-16 | 2014-12-01 | 2015-02-28 | SEASON
        Three were arrested in the summer.           | summer                | 2016-08-23 | 2016-06-01 | 2016-08-31 | SEASON
        They will return next summer.                | next summer           | 2016-08-23 | 2017-06-01 | 2017-08-31 | SEASON
        She left in early spring 2015.               | early spring 2015     | 2019-04-16 | 2015-03-01 | 2015-03-31 | SEASON
        She returned last year.                      | last year             | 2016-08-23 | 2015-01-01 | 2015-12-31 | YEAR
        She returned this year.                      | this year             | 2016-08-23 | 2016-01-01 | 2016-12-31 | YEAR
        Earlier this year the unit was disbanded.    | Earlier this year     | 2016-08-23 | 2016-01-01 | 2016-08-23 | YEAR
        Earlier this month he fled.                  | Earlier this month    | 2016-08-23 | 2016-08-01 | 2016-08-23 | MONTH
        He disappeared last month.                   | last month            | 2016-08-23 | 2016-07-01 | 2016-07-31 | MONTH
        Ties soured after the 2018 poisoning of a spy. | 2018                | 2020-02-17 | 2018-01-01 | 2018-12-31 | YEAR
        Arrests came before the 2016 election there.  | 2016                 | 2020-02-17 | 2016-01-01 | 2016-12-31 | YEAR
        Nothing changed since the 1990s famine.       | 1990s                | 2020-02-17 | 1990-01-01 | 1999-12-31 | DECADE
        A new team will leave next month.            | next month            | 2016-08-23 | 2016-09-01 | 2016-09-30 | MONTH
        The envoy met them last week.                | last week             | 2016-08-23 | 2016-08-15 | 2016-08-21 | WEEK
        Agents came late last week.                  | last week             | 2016-08-23 | 2016-08-15 | 2016-08-21 | WEEK
        The team left some years ago.                | years ago             | 2016-08-23 |            | 2014-12-31 | VAGUE
        The war of 1950-53 split the family.         | 1950-53               | 2016-08-23 | 1950-01-01 | 1953-12-31 | YEAR
        His 2013 execution shocked exiles.           | 2013                  | 2016-08-23 | 2013-01-01 | 2013-12-31 | YEAR
        They met on 12 May 2016 in Seoul.            | 12 May 2016           | 2016-08-23 | 2016-05-12 | 2016-05-12 | DAY
        They fled in the winter of 2015-16.          | winter of 2015-16     | 2016-08-23 | 2015-12-01 | 2016-02-29 | SEASON
        Arrests peaked at the end of last year.      | the end of last year  | 2016-08-23 | 2015-09-01 | 2015-12-31 | YEAR
        Raids ran between November and February.     | between November and February | 2016-08-23 | 2015-11-01 | 2016-02-29 | MONTH
        He has held power since early 2012.          | since early 2012      | 2016-08-23 | 2012-01-01 | 2016-08-23 | YEAR
        A hearing took place this week.              | this week             | 2016-08-23 | 2016-08-22 | 2016-08-28 | WEEK
        The ministry said on Monday that it knew.    | Monday                | 2016-08-23 | 2016-08-22 | 2016-08-22 | DAY
        A source said Thursday.                      | Thursday              | 2016-08-18 | 2016-08-18 | 2016-08-18 | DAY
        He fled last Thursday.                       | last Thursday         | 2019-04-16 | 2019-04-11 | 2019-04-11 | DAY
        The defector spoke yesterday.                | yesterday             | 2016-08-23 | 2016-08-22 | 2016-08-22 | DAY
        Police said today that he was safe.          | today                 | 2016-08-23 | 2016-08-23 | 2016-08-23 | DAY
        He fled the day before yesterday.            | the day before yesterday | 2016-08-23 | 2016-08-21 | 2016-08-21 | DAY
        The pair met over the weekend.               | the weekend           | 2019-04-16 | 2019-04-13 | 2019-04-14 | WEEK
        He was killed in 1997.                       | 1997                  | 2016-08-23 | 1997-01-01 | 1997-12-31 | YEAR
        They were caught in 2010.                    | 2010                  | 2016-08-23 | 2010-01-01 | 2010-12-31 | YEAR
        He has been in hiding since 2011.            | since 2011            | 2016-08-23 | 2011-01-01 | 2016-08-23 | YEAR
        He worked abroad between 2011 and 2013.      | between 2011 and 2013 | 2016-08-23 | 2011-01-01 | 2013-12-31 | YEAR
        The plan ran from 2011 to 2013.              | from 2011 to 2013     | 2016-08-23 | 2011-01-01 | 2013-12-31 | YEAR
        He served 2011-13 in Beijing.                | 2011-13               | 2016-08-23 | 2011-01-01 | 2013-12-31 | YEAR
        He took power in late 2011.                  | late 2011             | 2016-08-23 | 2011-09-01 | 2011-12-31 | YEAR
        The purge began in early 2012.               | early 2012            | 2016-08-23 | 2012-01-01 | 2012-04-30 | YEAR
        Talks resumed in mid-2014.                   | mid-2014              | 2016-08-23 | 2014-05-01 | 2014-08-31 | YEAR
        The first half of 2015 was quiet.            | The first half of 2015 | 2016-08-23 | 2015-01-01 | 2015-06-30 | YEAR
        He stayed in China until 2013.               | until 2013            | 2016-08-23 |            | 2013-12-31 | YEAR
        They lived there before 2010.                | before 2010           | 2016-08-23 |            | 2009-12-31 | YEAR
        The talks must end by the end of 2015.       | by the end of 2015    | 2014-08-23 |            | 2015-12-31 | YEAR
        Many fled during the 1990s.                  | 1990s                 | 2016-08-23 | 1990-01-01 | 1999-12-31 | DECADE
        Several were killed in the late 1990s.       | late 1990s            | 2016-08-23 | 1997-01-01 | 1999-12-31 | DECADE
        Trade grew in the early 2000s.               | early 2000s           | 2016-08-23 | 2000-01-01 | 2003-12-31 | DECADE
        Famine struck in the mid-1990s.              | mid-1990s             | 2016-08-23 | 1994-01-01 | 1996-12-31 | DECADE
        A decree from the '90s still holds.          | '90s                  | 2016-08-23 | 1990-01-01 | 1999-12-31 | DECADE
        He defected 13 years ago.                    | 13 years ago          | 2016-08-23 | 2003-01-01 | 2003-12-31 | YEAR
        Kim ordered it twenty-one years ago.         | twenty-one years ago  | 2019-04-16 | 1998-01-01 | 1998-12-31 | YEAR
        Kim ordered it a year ago.                   | a year ago            | 2019-04-16 | 2018-01-01 | 2018-12-31 | YEAR
        She left two months ago.                     | two months ago        | 2016-08-23 | 2016-06-01 | 2016-06-30 | MONTH
        The meeting was three weeks ago.             | three weeks ago       | 2016-08-23 | 2016-08-01 | 2016-08-07 | WEEK
        He arrived several weeks ago.                | several weeks ago     | 2016-08-23 | 2016-06-28 | 2016-08-09 | VAGUE
        They vanished a few days ago.                | a few days ago        | 2016-08-23 | 2016-08-18 | 2016-08-21 | VAGUE
        He was jailed more than a year ago.          | more than a year ago  | 2019-04-16 |            | 2018-04-16 | YEAR
        He defected years ago.                       | years ago             | 2016-08-23 |            | 2014-12-31 | VAGUE
        Defections rose in recent months.            | recent months         | 2016-08-23 | 2016-02-23 | 2016-08-23 | VAGUE
        Two diplomats recently defected.             | recently              | 2016-08-23 | 2016-06-23 | 2016-08-23 | VAGUE
        Raids rose over the past two years.          | the past two years    | 2019-04-16 | 2017-04-16 | 2019-04-16 | YEAR
        Kim ordered it early last year.              | early last year       | 2019-04-16 | 2018-01-01 | 2018-04-30 | YEAR
        Agents struck from January to March.         | from January to March | 2019-04-16 | 2019-01-01 | 2019-03-31 | MONTH
        Crackdowns ran from March to May 2015.       | from March to May 2015 | 2019-04-16 | 2015-03-01 | 2015-05-31 | MONTH
        They fled between April and June.            | between April and June | 2019-04-16 | 2018-04-01 | 2018-06-30 | MONTH
        """)
    void resolvesTheExpressionAgainstThePublicationDate(String sentence, String expression, LocalDate published,
                                                         LocalDate from, LocalDate to, Granularity granularity) {
        List<TimeMention> found = TimeExpressions.find(sentence, published);
        assertEquals(1, found.size(), () -> "expected one mention in '" + sentence + "', got " + found);
        TimeMention m = found.get(0);
        assertEquals(expression, m.expression());
        assertEquals(expression, sentence.substring(m.start(), m.end()));
        assertEquals(from, m.from(), "from");
        assertEquals(to, m.to(), "to");
        assertEquals(granularity, m.granularity(), "granularity");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        In June, two cooks escaped.                  | true
        He vanished last summer.                     | true
        Police detained him on Sept. 3.              | true
        He was killed in 1997.                       | false
        They left in spring 2015.                    | false
        It was filed on April 16, 2019.              | false
        """)
    void marksWhatWasWorkedOutFromThePublicationDateAsRelative(String sentence, boolean relative) {
        List<TimeMention> found = TimeExpressions.find(sentence, LocalDate.of(2016, 8, 23));
        assertEquals(1, found.size(), found::toString);
        assertEquals(relative, found.get(0).relative());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Police found two in March and a third in May.  | March, May
        In May, officials said they may have known.    | May
        Agents left on Aug. 2 and returned Aug. 9.     | Aug. 2, Aug. 9
        He was killed in 1997; his son fled in 2010.   | 1997, 2010
        """)
    void findsEveryExpressionOfASentenceInOrder(String sentence, String expressions) {
        List<TimeMention> found = TimeExpressions.find(sentence, LocalDate.of(2019, 8, 20));
        assertEquals(List.of(expressions.split(",\\s*")), found.stream().map(TimeMention::expression).toList());
        for (int i = 1; i < found.size(); i++) assertTrue(found.get(i - 1).end() <= found.get(i).start());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        In June, two cooks escaped.
        He vanished last summer.
        Officials said on Aug. 21 that it was over.
        The envoy met them last week.
        Two diplomats recently defected.
        He defected 13 years ago.
        A source said Thursday.
        Defections rose in recent months.
        """)
    void skipsRelativeExpressionsWithoutAPublicationDate(String sentence) {
        assertEquals(List.of(), TimeExpressions.find(sentence, null));
    }

    @Test
    void resolvesAbsoluteExpressionsWithoutAPublicationDate() {
        String text = "He was killed in 1997, fled on April 16, 2019 and hid in spring 2015 and the late 1990s.";
        List<TimeMention> found = TimeExpressions.find(text, null);
        assertEquals(List.of("1997", "April 16, 2019", "spring 2015", "late 1990s"),
                found.stream().map(TimeMention::expression).toList());
        assertTrue(found.stream().noneMatch(TimeMention::relative));
    }

    @Test
    void leavesTheEndOfSinceOpenWithoutAPublicationDate() {
        TimeMention m = TimeExpressions.find("He has hidden since 2011.", null).get(0);
        assertEquals("since 2011", m.expression());
        assertEquals(LocalDate.of(2011, 1, 1), m.from());
        assertNull(m.to());
    }

    @Test
    void findsOnlyInsideTheRegionWithOffsetsIntoTheWholeText() {
        String text = "In 1997 he fled. In 2010 he returned. In 2013 he died.";
        int start = text.indexOf("In 2010");
        int end = text.indexOf(" In 2013");
        List<TimeMention> found = TimeExpressions.find(text, start, end, LocalDate.of(2016, 8, 23));
        assertEquals(1, found.size(), found::toString);
        assertEquals(text.indexOf("2010"), found.get(0).start());
        assertEquals("2010", text.substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void readsTheWordsAroundTheRegionAsContext() {
        String text = "Call 12016 now. It started in June.";
        int digits = text.indexOf("2016");
        assertEquals(List.of(), TimeExpressions.find(text, digits, digits + 4, null));
        int june = text.indexOf("June");
        List<TimeMention> found = TimeExpressions.find(text, june, june + 4, LocalDate.of(2016, 8, 23));
        assertEquals(List.of("June"), found.stream().map(TimeMention::expression).toList());
    }

    @Test
    void rejectsARegionOutsideTheText() {
        assertThrows(IllegalArgumentException.class, () -> TimeExpressions.find("in 2010", 3, 99, null));
        assertThrows(IllegalArgumentException.class, () -> TimeExpressions.find("in 2010", 5, 3, null));
        assertThrows(IllegalArgumentException.class, () -> TimeExpressions.find(null, 0, 0, null));
    }

    @Test
    void keepsTheLongestOfOverlappingExpressions() {
        List<TimeMention> found = TimeExpressions.find("It began in early March 2019.", null);
        assertEquals(List.of("early March 2019"), found.stream().map(TimeMention::expression).toList());
    }
}
