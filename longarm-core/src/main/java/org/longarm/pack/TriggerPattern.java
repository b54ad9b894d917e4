package org.longarm.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.longarm.model.IncidentType;
import org.longarm.model.Status;

/**
 * One line of triggers.tsv: a sequence of token elements with gaps, the element that is the trigger, the incident
 * type, context classes the sentence must hold ({@code context}) or that must stand within a few words of the
 * trigger ({@code near}), classes the whole article must hold somewhere ({@code document}), words that must not
 * stand just before it ({@code notAfter}), and the status the wording
 * implies.
 */
public record TriggerPattern(IncidentType type, List<Element> elements, int head, Set<String> context,
                             Set<String> near, Set<String> notAfter, Status status, String source, Set<String> document) {
    /**
     * The words a token may be, each with an optional part of speech ("murder:V|murder:NSG"), and how many tokens may
     * pass before it.
     */
    public record Element(java.util.Map<String, Set<String>> alternatives, int gapBefore) {
        public Element {
            alternatives = java.util.Map.copyOf(alternatives);
        }

        /** The parts of speech a lemma may take here (an empty string stands for any), or null when it is not listed. */
        public Set<String> posFor(String lemma) {
            return alternatives.get(lemma);
        }
    }

    public TriggerPattern {
        elements = List.copyOf(elements);
        context = Set.copyOf(context);
        near = Set.copyOf(near);
        document = document == null ? Set.of() : Set.copyOf(document);
        notAfter = Set.copyOf(notAfter);
    }

    static TriggerPattern parse(PackFiles.Row row, WordClasses classes) {
        IncidentType type;
        try {
            type = IncidentType.valueOf(row.field(0));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown incident type '" + row.field(0) + "'");
        }
        List<Element> elements = new ArrayList<>();
        int head = 0;
        int gap = 0;
        for (String raw : row.field(1).split(" +")) {
            if (raw.matches("\\*\\d+")) {
                gap = Integer.parseInt(raw.substring(1));
                continue;
            }
            String el = raw;
            if (el.startsWith("^")) {
                head = elements.size();
                el = el.substring(1);
            }
            java.util.Map<String, Set<String>> alts = new java.util.HashMap<>();
            for (String alt : el.split("\\|")) {
                String word = alt;
                String pos = "";
                int colon = alt.indexOf(':');
                if (colon > 0) {
                    word = alt.substring(0, colon);
                    pos = alt.substring(colon + 1);
                    if (!Set.of("V", "N", "NSG", "NPL", "ADJ").contains(pos)) throw row.error("unknown part of speech '" + pos + "'");
                }
                java.util.List<String> words = word.startsWith("@") ? List.copyOf(classes.get(word.substring(1), row)) : List.of(word);
                for (String w : words) alts.computeIfAbsent(w, k -> new java.util.HashSet<>()).add(pos);
            }
            elements.add(new Element(alts, gap));
            gap = 0;
        }
        if (elements.isEmpty()) throw row.error("empty pattern");
        Set<String> context = new java.util.HashSet<>();
        Set<String> near = new java.util.HashSet<>();
        Set<String> document = new java.util.HashSet<>();
        Set<String> notAfter = new java.util.HashSet<>();
        Status status = null;
        for (String opt : row.fieldOr(2, "").split(",")) {
            opt = opt.trim();
            if (opt.isEmpty()) continue;
            if (opt.startsWith("ctx=")) {
                for (String c : opt.substring(4).split("\\|")) {
                    if (!c.startsWith("@")) throw row.error("ctx takes @CLASS names, got '" + c + "'");
                    context.addAll(classes.get(c.substring(1), row));
                }
            } else if (opt.startsWith("doc=")) {
                for (String c : opt.substring(4).split("\\|")) {
                    if (!c.startsWith("@")) throw row.error("doc takes @CLASS names, got '" + c + "'");
                    document.addAll(classes.get(c.substring(1), row));
                }
            } else if (opt.startsWith("near=")) {
                for (String c : opt.substring(5).split("\\|")) {
                    if (!c.startsWith("@")) throw row.error("near takes @CLASS names, got '" + c + "'");
                    near.addAll(classes.get(c.substring(1), row));
                }
            } else if (opt.startsWith("not-after=")) {
                notAfter.addAll(List.of(opt.substring(10).split("\\|")));
            } else if (opt.startsWith("status=")) {
                try {
                    status = Status.valueOf(opt.substring(7));
                } catch (IllegalArgumentException e) {
                    throw row.error("unknown status '" + opt.substring(7) + "'");
                }
            } else {
                throw row.error("unknown option '" + opt + "' (known: ctx=, doc=, near=, not-after=, status=)");
            }
        }
        return new TriggerPattern(type, elements, head, context, near, notAfter, status, row.file() + ":" + row.line(), document);
    }
}
