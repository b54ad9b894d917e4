package org.longarm.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.longarm.model.ArticleIncident;
import org.longarm.model.Attribution;
import org.longarm.model.IncidentType;
import org.longarm.model.Mention;
import org.longarm.model.Perpetrator;
import org.longarm.model.Place;
import org.longarm.model.Status;
import org.longarm.model.Target;
import org.longarm.model.TargetKind;
import org.longarm.model.TextSpan;
import org.longarm.model.TimeInterval;

/**
 * Builds article incidents over a text without CoreNLP, for tests of the stages after the extractor: the evidence is
 * the sentence that holds the trigger, and every value points at the words given.
 */
final class Incidents {
    static final String ID = "t1";
    private final String text;
    private IncidentType type = IncidentType.ABDUCTION;
    private String trigger;
    private int occurrence;
    private String perpetrator;
    private String origin = "PRK";
    private final List<Target> targets = new ArrayList<>();
    private Place place;
    private TimeInterval time = TimeInterval.UNKNOWN;
    private org.longarm.model.TargetCount count;

    private Incidents(String text) {
        this.text = text;
    }

    static Incidents in(String text) {
        return new Incidents(text);
    }

    Incidents type(IncidentType t) {
        type = t;
        return this;
    }

    /** The trigger: the first occurrence of {@code word} after {@code skip} earlier ones. */
    Incidents trigger(String word, int skip) {
        trigger = word;
        occurrence = skip;
        return this;
    }

    Incidents trigger(String word) {
        return trigger(word, 0);
    }

    Incidents perpetrator(String name) {
        perpetrator = name;
        return this;
    }

    Incidents origin(String state) {
        origin = state;
        return this;
    }

    Incidents target(String phrase, TargetKind kind) {
        int at = text.indexOf(phrase);
        targets.add(new Target(phrase, kind, new TextSpan(ID, at, at + phrase.length())));
        return this;
    }

    Incidents country(String alpha3) {
        place = new Place(alpha3, null, null, null, null);
        return this;
    }

    Incidents time(String from, String to, String expression) {
        time = new TimeInterval(LocalDate.parse(from), LocalDate.parse(to), expression, null);
        return this;
    }

    /** A time read from the words {@code phrase} of the text. */
    Incidents timeAt(String phrase, String from, String to) {
        int at = text.indexOf(phrase);
        time = new TimeInterval(LocalDate.parse(from), LocalDate.parse(to), phrase, new TextSpan(ID, at, at + phrase.length()));
        return this;
    }

    Incidents count(int n) {
        count = new org.longarm.model.TargetCount(n, null);
        return this;
    }

    ArticleIncident build() {
        int t = -1;
        for (int i = 0; i <= occurrence; i++) t = text.indexOf(trigger, t + 1);
        if (t < 0) throw new IllegalArgumentException(trigger);
        int from = text.lastIndexOf(". ", t) < 0 ? 0 : text.lastIndexOf(". ", t) + 2;
        int to = text.indexOf('.', t) < 0 ? text.length() : text.indexOf('.', t);
        TextSpan span = new TextSpan(ID, from, to);
        Mention m = new Mention(span, text.substring(from, to), type, Status.COMPLETED, false, Attribution.AUTHOR,
                new TextSpan(ID, t, t + trigger.length()));
        int at = perpetrator == null ? -1 : text.indexOf(perpetrator);
        Perpetrator p = perpetrator == null ? null
                : new Perpetrator(perpetrator, perpetrator, at < 0 ? null : new TextSpan(ID, at, at + perpetrator.length()));
        return new ArticleIncident(ID, type, Status.COMPLETED, origin, p, targets, count, place, time, List.of(m));
    }
}
