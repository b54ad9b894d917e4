package org.longarm.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Front door of the NLP stage: one Stanford CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner; coarse NER and no
 * SUTime, both chosen by measurement: see BENCHMARKS.md; times are read by {@code extract.time}). Thread-safe; create
 * one per process, it takes seconds and a few hundred MB.
 */
public final class Nlp {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";
    /** The CoreNLP release on the classpath (the pom pins it). */
    static final String CORENLP_VERSION = "4.5.10";

    private final StanfordCoreNLP pipeline;
    private final String fingerprint;

    private Nlp(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
        this.fingerprint = fingerprint(props);
    }

    /** The CoreNLP version and every property set, sorted, hashed: a changed setting is a new pipeline version. */
    static String fingerprint(Properties props) {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(props).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "corenlp-" + CORENLP_VERSION + "[" + ANNOTATORS + "]+" + java.util.HexFormat.of().formatHex(d).substring(0, 10);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Nlp create() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("pos.maxlen", "200");
        props.setProperty("ner.maxlen", "200");
        // SUTime's normalized dates were never read: extract.time normalizes against the publication date itself.
        // Measured off against on (BENCHMARKS.md, "One temporal tagger"): same scores, less time per article.
        props.setProperty("ner.useSUTime", "false");
        return new Nlp(props);
    }

    /** A description of the configuration, for provenance. */
    public String fingerprint() {
        return fingerprint;
    }

    public NlpDoc annotate(String text, LocalDate published) {
        Annotation doc = new Annotation(text);
        if (published != null) doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        pipeline.annotate(doc);
        List<Sentence> out = new ArrayList<>();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        int si = 0;
        for (CoreMap s : sentences) {
            List<Token> tokens = new ArrayList<>();
            int ti = 0;
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String lemma = t.lemma() == null ? t.word() : t.lemma();
                String ner = t.ner() == null ? "O" : t.ner();
                String norm = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                tokens.add(new Token(ti++, t.beginPosition(), t.endPosition(), t.originalText(),
                        lemma.toLowerCase(Locale.ROOT), t.tag(), ner, norm));
            }
            if (tokens.isEmpty()) continue;
            out.add(new Sentence(si++, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
        }
        return new NlpDoc(text, published, joinWrappedLines(out));
    }

    /**
     * Every line break ends a sentence in CoreNLP's split (news text puts a paragraph on a line, and headlines
     * and bylines have no full stop); a line that ends without punctuation and is followed by one starting in
     * lower case was wrapped, so the two are joined again.
     */
    static List<Sentence> joinWrappedLines(List<Sentence> in) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : in) {
            if (!out.isEmpty()) {
                Sentence prev = out.get(out.size() - 1);
                String last = prev.token(prev.size() - 1).word();
                String first = s.token(0).word();
                boolean open = !last.matches(".*[.!?:;\"”’')\\]]$");
                if (open && !first.isEmpty() && Character.isLowerCase(first.charAt(0))) {
                    List<Token> joined = new ArrayList<>(prev.tokens());
                    for (Token t : s.tokens()) {
                        joined.add(new Token(joined.size(), t.start(), t.end(), t.word(), t.lemma(), t.pos(), t.ner(), t.normalized()));
                    }
                    out.set(out.size() - 1, new Sentence(prev.index(), prev.start(), s.end(), joined));
                    continue;
                }
            }
            out.add(s.index() == out.size() ? s : new Sentence(out.size(), s.start(), s.end(), s.tokens()));
        }
        return out;
    }
}
