package org.longarm.ingest.web;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML element: paragraphs and other blocks separated by a blank line, line breaks and
 * list items by a line break, white space inside a block collapsed (kept inside {@code <pre>}); scripts, styles,
 * forms, navigation, asides and footers dropped.
 */
public final class HtmlText {
    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe", "object",
            "embed", "form", "button", "select", "nav", "aside", "footer", "head", "title", "meta", "link");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "figure", "figcaption",
            "address", "hr", "body", "center");
    private static final Set<String> LINES = Set.of("br", "li", "tr", "dt", "dd", "td", "th", "caption");

    private HtmlText() {}

    /** The text of an HTML fragment (a feed item's content, a description). */
    public static String fromHtml(String html) {
        return html == null ? "" : of(Jsoup.parseBodyFragment(html).body());
    }

    /** The text of an element and its descendants. */
    public static String of(Element root) {
        Writer w = new Writer();
        NodeTraversor.traverse(w, root);
        return w.result();
    }

    private static final class Writer implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        /** 0 none, 1 a line break, 2 a paragraph break, waiting to be written before the next text. */
        private int pendingBreak;
        private boolean pendingSpace;
        private int skipDepth;
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (skipDepth > 0 || SKIPPED.contains(tag)) {
                    skipDepth++;
                    return;
                }
                if (tag.equals("pre")) preDepth++;
                if (tag.equals("br")) pendingBreak = Math.max(pendingBreak, 1);
                else breakFor(tag);
            } else if (node instanceof TextNode t && skipDepth == 0) {
                text(preDepth > 0 ? t.getWholeText() : t.text(), preDepth > 0);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            String tag = e.normalName();
            if (tag.equals("pre")) preDepth--;
            breakFor(tag);
        }

        private void breakFor(String tag) {
            if (BLOCKS.contains(tag)) pendingBreak = 2;
            else if (LINES.contains(tag)) pendingBreak = Math.max(pendingBreak, 1);
        }

        private void text(String s, boolean pre) {
            if (!pre) {
                if (s.isEmpty()) return;
                boolean leading = Character.isWhitespace(s.charAt(0)) || s.charAt(0) == '\u00a0';
                boolean trailing = Character.isWhitespace(s.charAt(s.length() - 1)) || s.charAt(s.length() - 1) == '\u00a0';
                String body = s.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
                if (body.isEmpty()) {
                    pendingSpace = pendingSpace || leading || trailing;
                    return;
                }
                write(body, leading);
                pendingSpace = trailing;
            } else if (!s.isEmpty()) {
                write(s, false);
                pendingSpace = false;
            }
        }

        private void write(String s, boolean spaceBefore) {
            if (out.length() > 0) {
                if (pendingBreak == 2) out.append("\n\n");
                else if (pendingBreak == 1) out.append('\n');
                else if ((pendingSpace || spaceBefore) && out.charAt(out.length() - 1) != ' ') out.append(' ');
            }
            pendingBreak = 0;
            pendingSpace = false;
            out.append(s);
        }

        String result() {
            return out.toString().strip();
        }
    }
}
