package org.longarm.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.longarm.model.ArticleIncident;
import org.longarm.model.IncidentType;
import org.longarm.model.TargetKind;
import org.longarm.pack.Packs;

/** Which state keeps an act that the views of several states read in one article. */
class StateViewsTest {
    private static final Packs PACKS = Packs.of("prk", "chn", "irn");

    @Test
    void aReturnOfAnotherStatesPeopleIsThatStatesIncident() {
        String text = "China sent 31 North Korean defectors back across the border.";
        ArticleIncident korea = Incidents.in(text).type(IncidentType.FORCED_RETURN).trigger("sent").origin("PRK")
                .perpetrator("Chinese authorities").target("North Korean defectors", TargetKind.GROUP).build();
        // the Chinese view reads China's own act: a return by the origin state's people, an abduction
        ArticleIncident china = Incidents.in(text).type(IncidentType.ABDUCTION).trigger("sent").origin("CHN")
                .perpetrator("China").target("North Korean defectors", TargetKind.GROUP).build();
        List<ArticleIncident> merged = StateViews.merge(List.of(
                new StateViews.View("CHN", 5, List.of(china)), new StateViews.View("PRK", 2, List.of(korea))), text, PACKS);
        assertEquals(1, merged.size());
        assertEquals("PRK", merged.get(0).originState());
        assertEquals(IncidentType.FORCED_RETURN, merged.get(0).type());
    }

    @Test
    void theStateWhoseOrganActsKeepsTheAct() {
        String text = "Iranian agents abducted the activist in Dubai, a North Korean newspaper claimed.";
        ArticleIncident iran = Incidents.in(text).trigger("abducted").origin("IRN").perpetrator("Iran").build();
        ArticleIncident korea = Incidents.in(text).trigger("abducted").origin("PRK").build();
        List<ArticleIncident> merged = StateViews.merge(List.of(
                new StateViews.View("PRK", 3, List.of(korea)), new StateViews.View("IRN", 1, List.of(iran))), text, PACKS);
        assertEquals(List.of("IRN"), merged.stream().map(ArticleIncident::originState).toList());
    }

    @Test
    void anActOnlyOneMinorViewSawIsKeptOnlyWhenTheTextTiesItToThatState() {
        String text = "North Korea's agents seized a defector. Someone was kidnapped nearby. Chinese police abducted a pastor.";
        ArticleIncident tied = Incidents.in(text).trigger("abducted").origin("CHN").perpetrator("Chinese police").build();
        ArticleIncident loose = Incidents.in(text).trigger("kidnapped").origin("CHN").build();
        ArticleIncident main = Incidents.in(text).trigger("seized").origin("PRK").perpetrator("North Korea").build();
        List<ArticleIncident> merged = StateViews.merge(List.of(
                new StateViews.View("PRK", 4, List.of(main)), new StateViews.View("CHN", 1, List.of(loose, tied))), text, PACKS);
        assertEquals(List.of("seized", "abducted"), merged.stream()
                .map(i -> text.substring(i.first().trigger().start(), i.first().trigger().end())).toList());
    }

    @Test
    void theMainStatesViewKeepsWhatNoOtherViewContests() {
        String text = "Two men vanished after crossing the river.";
        ArticleIncident only = Incidents.in(text).type(IncidentType.DEFECTION).trigger("vanished").origin("PRK").build();
        List<ArticleIncident> merged = StateViews.merge(List.of(
                new StateViews.View("PRK", 4, List.of(only)), new StateViews.View("CHN", 1, List.of())), text, PACKS);
        assertEquals(1, merged.size());
    }

    @Test
    void tiesGoToTheStateNamedMostThenToTheLowerCode() {
        String text = "A critic was abducted abroad.";
        ArticleIncident a = Incidents.in(text).trigger("abducted").origin("CHN").build();
        ArticleIncident b = Incidents.in(text).trigger("abducted").origin("IRN").build();
        assertEquals("IRN", StateViews.merge(List.of(new StateViews.View("CHN", 1, List.of(a)),
                new StateViews.View("IRN", 2, List.of(b))), text, PACKS).get(0).originState());
        assertEquals("CHN", StateViews.merge(List.of(new StateViews.View("IRN", 2, List.of(b)),
                new StateViews.View("CHN", 2, List.of(a))), text, PACKS).get(0).originState());
    }

    @Test
    void victimsAreAStatesPeopleOnlyWhenItsDemonymStandsBeforeThem() {
        String text = "China returned 31 North Korean defectors. Beijing said nine refugees were sent back.";
        ArticleIncident named = Incidents.in(text).trigger("returned").target("North Korean defectors", TargetKind.GROUP).build();
        ArticleIncident unnamed = Incidents.in(text).trigger("sent").target("nine refugees", TargetKind.GROUP).build();
        assertEquals("PRK", StateViews.victimsState(named, text, PACKS));
        assertNull(StateViews.victimsState(unnamed, text, PACKS));
        String cut = "Chinese authorities drove some 600 North Koreans across the border.";
        ArticleIncident truncated = Incidents.in(cut).trigger("drove").target("some 600 North", TargetKind.GROUP).build();
        assertEquals("PRK", StateViews.victimsState(truncated, cut, PACKS), "a demonym begun inside the target");
        assertTrue(StateViews.score(named, "PRK", text, PACKS) > StateViews.score(named, "CHN", text, PACKS));
    }

    @Test
    void aRetellingThatNamesNobodyStaysWithTheStateWhosePeopleTheArticleNamed() {
        String text = "China sent 31 North Korean defectors back. Later nine more were sent back, a source in China said.";
        ArticleIncident first = Incidents.in(text).type(IncidentType.FORCED_RETURN).trigger("sent").origin("PRK")
                .perpetrator("Chinese authorities").target("North Korean defectors", TargetKind.GROUP).build();
        ArticleIncident later = Incidents.in(text).type(IncidentType.FORCED_RETURN).trigger("were sent").origin("PRK").build();
        // the Chinese view, main by its name's count, reads the second return as its own (China named in the sentence)
        ArticleIncident chinas = Incidents.in(text).type(IncidentType.FORCED_RETURN).trigger("were sent").origin("CHN").build();
        List<ArticleIncident> merged = StateViews.merge(List.of(
                new StateViews.View("CHN", 5, List.of(chinas)), new StateViews.View("PRK", 2, List.of(first, later))), text, PACKS);
        assertEquals(List.of("PRK", "PRK"), merged.stream().map(ArticleIncident::originState).toList());
    }

    @Test
    void aRetellingStaysPutWhenTheArticleNamedSeveralStatesPeopleForThatKindOfAct() {
        String text = "Thailand sent 3 North Korean defectors back. Laos sent 2 Chinese activists back. Later nine more were sent back, a source in China said.";
        ArticleIncident k = Incidents.in(text).type(IncidentType.FORCED_RETURN).trigger("Thailand sent").origin("PRK")
                .target("North Korean defectors", TargetKind.GROUP).build();
        ArticleIncident c = Incidents.in(text).type(IncidentType.FORCED_RETURN).trigger("Laos sent").origin("CHN")
                .target("Chinese activists", TargetKind.GROUP).build();
        ArticleIncident laterK = Incidents.in(text).type(IncidentType.FORCED_RETURN).trigger("were sent").origin("PRK").build();
        ArticleIncident laterC = Incidents.in(text).type(IncidentType.FORCED_RETURN).trigger("were sent").origin("CHN").build();
        List<ArticleIncident> merged = StateViews.merge(List.of(
                new StateViews.View("CHN", 5, List.of(c, laterC)), new StateViews.View("PRK", 2, List.of(k, laterK))), text, PACKS);
        assertEquals(List.of("PRK", "CHN", "CHN"), merged.stream().map(ArticleIncident::originState).toList());
    }
}
