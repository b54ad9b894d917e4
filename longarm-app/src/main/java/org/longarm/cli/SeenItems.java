package org.longarm.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The feed items {@code watch} has taken, kept across restarts in the data folder as {@value #FILE_NAME}: one line
 * per item, its key (link, else guid, else title), a tab and when it was first seen. Appended as items are taken,
 * so a watch killed half-way forgets nothing it stored.
 */
final class SeenItems implements AutoCloseable {
    static final String FILE_NAME = "watch-seen.tsv";

    private final Set<String> keys = new HashSet<>();
    private final BufferedWriter out;

    private SeenItems(Path file) throws IOException {
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                int tab = line.indexOf('\t');
                keys.add(unescape(tab < 0 ? line : line.substring(0, tab)));
            }
        }
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    static SeenItems open(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        return new SeenItems(dataDir.resolve(FILE_NAME));
    }

    boolean contains(String key) {
        return keys.contains(key);
    }

    int size() {
        return keys.size();
    }

    void add(String key, Instant when) {
        if (!keys.add(key)) return;
        try {
            out.write(escape(key) + "\t" + when + "\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
