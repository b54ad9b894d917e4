package org.longarm.bench;

import java.util.Locale;
import java.util.Properties;

/**
 * CoreNLP configurations the bench can compare: the one Longarm uses ({@link #COARSE}, the settings of
 * {@code org.longarm.nlp.Nlp.create()}, repeated here) and the heavier ones it was chosen over.
 */
public enum NlpVariant {
    /** tokenize, ssplit, pos, lemma, ner with coarse NER: what {@code Nlp} runs. */
    COARSE("tokenize,ssplit,pos,lemma,ner", false),
    /** The same with CoreNLP's default fine-grained NER (extra regexner and KBP mappings). */
    FINE("tokenize,ssplit,pos,lemma,ner", true),
    /** Coarse NER plus the neural dependency parser. */
    DEPPARSE("tokenize,ssplit,pos,lemma,ner,depparse", false),
    /** Fine-grained NER plus the dependency parser: CoreNLP's usual defaults for these annotators. */
    FINE_DEPPARSE("tokenize,ssplit,pos,lemma,ner,depparse", true);

    private final String annotators;
    private final boolean fineGrained;

    NlpVariant(String annotators, boolean fineGrained) {
        this.annotators = annotators;
        this.fineGrained = fineGrained;
    }

    public String annotators() {
        return annotators;
    }

    public boolean fineGrained() {
        return fineGrained;
    }

    /** The CoreNLP properties: {@code Nlp.create()}'s, with this variant's annotators and NER granularity. */
    public Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        props.setProperty("ner.applyFineGrained", Boolean.toString(fineGrained));
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("pos.maxlen", "200");
        props.setProperty("ner.maxlen", "200");
        if (annotators.contains("depparse")) props.setProperty("depparse.maxlen", "200");
        return props;
    }

    /** The name on the command line: {@code coarse}, {@code fine}, {@code depparse}, {@code fine_depparse}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
