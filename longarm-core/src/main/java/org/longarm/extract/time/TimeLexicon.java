package org.longarm.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of time expressions (months, weekdays, seasons, number words, vague amounts, units), read once from
 * {@code time-words.tsv} next to this class, and the regular-expression fragments built from them.
 */
final class TimeLexicon {
    /** An amount: exact when {@code low == high}, vague ("a few", "several") otherwise. */
    record Amount(int low, int high) {
        boolean vague() { return low != high; }
    }

    static final String RESOURCE = "time-words.tsv";
    private static final TimeLexicon INSTANCE = load();

    private final Map<String, Integer> months = new LinkedHashMap<>();
    private final List<String> fullMonths = new ArrayList<>();
    private final List<String> abbreviations = new ArrayList<>();
    private final Map<String, DayOfWeek> weekdays = new LinkedHashMap<>();
    private final List<String> weekdayNames = new ArrayList<>();
    private final Map<String, Integer> seasons = new LinkedHashMap<>();
    private final Map<String, Amount> amounts = new LinkedHashMap<>();
    private final Map<String, ChronoUnit> units = new LinkedHashMap<>();
    private final List<String> tens = new ArrayList<>();
    private final List<String> ones = new ArrayList<>();

    static TimeLexicon get() { return INSTANCE; }

    /** A capitalized month name or abbreviation ("March", "Aug.", "Sept") as the named group {@code group}. */
    String month(String group) {
        return "(?<" + group + ">(?:" + alternation(fullMonths) + ")\\b|(?:" + alternation(abbreviations) + ")(?:\\.|\\b))";
    }

    String weekday(String group) { return "(?<" + group + ">" + alternation(weekdayNames) + ")\\b"; }

    String season(String group) { return "(?<" + group + ">(?i:" + alternation(seasons.keySet()) + "))\\b"; }

    /** Digits (up to three) or number words, case-insensitive, as the named group {@code group}. */
    String amount(String group) {
        return "(?<" + group + ">(?i:\\d{1,3}|(?:" + alternation(tens) + ")[-\\s](?:" + alternation(ones) + ")|"
                + alternation(amounts.keySet()) + "))\\b";
    }

    String unit(String group) { return "(?<" + group + ">(?i:" + alternation(units.keySet()) + "))\\b"; }

    int monthOf(String form) { return months.get(key(form).replace(".", "")); }

    DayOfWeek weekdayOf(String form) { return weekdays.get(key(form)); }

    /** The first month of the named season: 3 spring, 6 summer, 9 autumn, 12 winter. */
    int seasonOf(String form) { return seasons.get(key(form)); }

    ChronoUnit unitOf(String form) { return units.get(key(form)); }

    Amount amountOf(String form) {
        String k = key(form).replaceAll("\\s+", " ");
        if (k.chars().allMatch(Character::isDigit)) return exact(Integer.parseInt(k));
        String[] parts = k.split("[- ]");
        if (parts.length == 2 && tens.contains(parts[0]) && ones.contains(parts[1])) {
            return exact(amounts.get(parts[0]).low() + amounts.get(parts[1]).low());
        }
        return amounts.get(k);
    }

    private static Amount exact(int n) { return new Amount(n, n); }

    private static String key(String form) { return form.toLowerCase(Locale.ROOT).trim(); }

    private static String alternation(Iterable<String> words) {
        List<String> sorted = new ArrayList<>();
        words.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return String.join("|", sorted.stream().map(TimeLexicon::quote).toList());
    }

    /** The word literally, any run of blanks between its parts. */
    private static String quote(String words) {
        return String.join("\\s+", Arrays.stream(words.split(" ")).map(Pattern::quote).toList());
    }

    private static TimeLexicon load() {
        try (InputStream in = TimeLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE + " next to " + TimeLexicon.class);
            TimeLexicon lexicon = new TimeLexicon();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) lexicon.add(line.split("\t"));
            }
            return lexicon;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private void add(String[] row) {
        if (row.length != 3) throw new IllegalStateException("bad row in " + RESOURCE + ": " + String.join("\\t", row));
        String kind = row[0];
        String value = row[1];
        String[] forms = row[2].split(",");
        for (int i = 0; i < forms.length; i++) {
            String form = forms[i].trim();
            String k = key(form);
            switch (kind) {
                case "month" -> {
                    months.put(k, Integer.parseInt(value));
                    (i == 0 ? fullMonths : abbreviations).add(form);
                }
                case "weekday" -> {
                    weekdays.put(k, DayOfWeek.of(Integer.parseInt(value)));
                    weekdayNames.add(form);
                }
                case "season" -> seasons.put(k, Integer.parseInt(value));
                case "number" -> {
                    int n = Integer.parseInt(value);
                    amounts.put(k, exact(n));
                    if (n >= 20 && n % 10 == 0) tens.add(k);
                    if (n < 10 && !k.startsWith("a")) ones.add(k);
                }
                case "quantity" -> {
                    String[] range = value.split("-");
                    amounts.put(k, new Amount(Integer.parseInt(range[0]), Integer.parseInt(range[1])));
                }
                case "unit" -> units.put(k, ChronoUnit.valueOf(value));
                default -> throw new IllegalStateException("unknown kind '" + kind + "' in " + RESOURCE);
            }
        }
    }
}
