package org.longarm.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The HTML fixture pages under src/test/resources/web (written for the project). */
public final class WebFixtures {
    private WebFixtures() {}

    public static String html(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String name) {
        try (InputStream in = WebFixtures.class.getResourceAsStream("/web/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource web/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of the given paragraphs with nothing else: no metadata. */
    public static String bare(String... paragraphs) {
        StringBuilder sb = new StringBuilder("<html><body><div>");
        for (String p : paragraphs) sb.append("<p>").append(p).append("</p>\n");
        return sb.append("</div></body></html>").toString();
    }

    /** About 70 neutral words, enough for a main text. */
    public static final String PARAGRAPH = "The council met on Tuesday to discuss the new timetable for the river"
            + " ferry, which has carried commuters between the two banks for more than forty years. Members agreed"
            + " to extend the evening service during the summer months, and the harbour office will publish the"
            + " details, including the fares for bicycles and the times of the last crossing, before the end of the"
            + " month. Residents welcomed the decision at the meeting.";
}
