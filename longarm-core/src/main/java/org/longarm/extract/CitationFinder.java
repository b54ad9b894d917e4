package org.longarm.extract;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.longarm.model.Article;
import org.longarm.pack.DomainPack;
import org.longarm.pack.Outlet;
import org.longarm.pack.PhraseMatcher;

/**
 * The outlets an article names as the origin of its information: an outlet of the pack's list in a sentence that
 * reports or cites ("citing Daily NK", "Yonhap reported", "told NK News", "according to the Asahi"), or a credit
 * line near the top ("SEOUL (Reuters) -"). The article's own outlet and photo credits do not count.
 */
public final class CitationFinder {
    private static final Pattern CUE = Pattern.compile(
            "\\b(according to|citing|cited|reported|reports|reporting|report|told|quoted|quoting|said|says|wrote|published|broadcast|aired|showed|via|first reported|revealed)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * The state's own media say what the state says: cited only where the text draws on them for facts (what they
     * reported, aired or showed), not where it quotes their words ("KCNA said", "called them traitors").
     */
    private static final Pattern STRICT_CUE = Pattern.compile(
            "\\b(according to|citing|cited|quoting|quoted|reported|aired|broadcast|showed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT = Pattern.compile("\\b(provided by|photo|courtesy of|image|file photo|getty|illustration)\\b",
            Pattern.CASE_INSENSITIVE);

    private final DomainPack pack;

    public CitationFinder(DomainPack pack) {
        this.pack = pack;
    }

    public List<String> cites(Article article) {
        String text = article.text();
        String own = own(article);
        TreeSet<String> out = new TreeSet<>();
        for (PhraseMatcher.Hit<Outlet> h : pack.outletMatcher().find(text)) {
            String name = h.value().name();
            if (name.equals(own)) continue;
            int s = sentenceStart(text, h.start());
            int e = sentenceEnd(text, h.end());
            String sentence = text.substring(s, e);
            String before = text.substring(Math.max(s, h.start() - 40), h.start());
            if (CREDIT.matcher(before).find()) continue;
            boolean credit = h.start() > 0 && text.charAt(h.start() - 1) == '(' && h.end() < text.length()
                    && text.charAt(h.end()) == ')' && h.start() < 600;
            boolean creditLine = sentence.strip().replaceAll("^[-—–©() ]+|[.)]+$", "").equals(h.text());
            boolean stateMedia = h.value().kind().equals("STATE_MEDIA");
            if (stateMedia ? STRICT_CUE.matcher(sentence).find() : credit || creditLine || CUE.matcher(sentence).find()) out.add(name);
        }
        return List.copyOf(out);
    }

    /** The pack's name for the article's own outlet ("www.dailynk.com" is Daily NK), or null when unknown. */
    private String own(Article article) {
        return article.outlet() == null ? null : pack.outletName(article.outlet());
    }

    private static int sentenceStart(String t, int i) {
        int j = i;
        while (j > 0 && ".!?\n".indexOf(t.charAt(j - 1)) < 0) j--;
        return j;
    }

    private static int sentenceEnd(String t, int i) {
        int j = i;
        while (j < t.length() && ".!?\n".indexOf(t.charAt(j)) < 0) j++;
        return j;
    }
}
