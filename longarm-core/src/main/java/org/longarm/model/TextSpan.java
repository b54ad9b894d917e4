package org.longarm.model;

/**
 * A span of an article's text: character offsets in UTF-16 code units, end exclusive, as FORMATS.md says,
 * so that {@code text.substring(start, end)} is the spanned text.
 */
public record TextSpan(String articleId, int start, int end) {
    public TextSpan {
        Checks.notBlank(articleId, "articleId");
        Checks.check(start >= 0 && end >= start, "bad span [" + start + ", " + end + ") in " + articleId);
    }

    public String of(String text) {
        Checks.check(end <= text.length(), "span [" + start + ", " + end + ") past the end (" + text.length() + ") of " + articleId);
        return text.substring(start, end);
    }

    public boolean overlaps(TextSpan o) {
        return articleId.equals(o.articleId) && start < o.end && o.start < end;
    }

    public int length() { return end - start; }
}
