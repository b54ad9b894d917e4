package org.longarm.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Person names as linking compares them: proper names against roles, and whether two names are one person. */
public final class Names {
    private Names() {}

    /** "Jo Song-gil" is a name; "Their daughter", "a senior diplomat" and "North Koreans" are not. */
    public static boolean isProperName(String s) {
        String[] words = s.trim().split("[ ]+");
        if (words.length < 2) return false;
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        }
        String last = words[words.length - 1];
        return !last.matches(".*(ans|ese|ean|ian|ers)") && !s.matches("(?i)(the|their|his|her|a|an) .*");
    }

    /** The lower-case words of a name: "Kim Jong-nam" is [kim, jong, nam]. */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (!w.isEmpty()) out.add(w);
        return List.copyOf(out);
    }

    /** The last word of a role, its head noun: "a senior MSS official" is "official". */
    public static String head(String role) {
        List<String> w = words(role);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    /**
     * Two names are one person when they are written the same ("Kim Jong-nam", "Kim Jong Nam") or every word of the
     * shorter stands in the longer ("Jo Song-gil", "Ambassador Jo Song-gil"); a shared surname is not enough.
     */
    public static boolean samePerson(List<String> x, List<String> y) {
        if (String.join("", x).equals(String.join("", y))) return true;
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        return shorter.size() >= 2 && longer.containsAll(shorter);
    }
}
