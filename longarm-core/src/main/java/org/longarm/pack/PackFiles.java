package org.longarm.pack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Reads a pack's data files from the classpath: comment lines (#) and blank lines skipped, errors name file and line. */
final class PackFiles {
    /** A data line: its file, its 1-based line number, and its tab-separated fields. */
    record Row(String file, int line, List<String> fields) {
        String field(int i) {
            if (i >= fields.size()) throw new PackException(file + ":" + line + ": missing field " + (i + 1));
            return fields.get(i).trim();
        }

        String fieldOr(int i, String dflt) {
            return i < fields.size() && !fields.get(i).isBlank() ? fields.get(i).trim() : dflt;
        }

        PackException error(String message) {
            return new PackException(file + ":" + line + ": " + message);
        }
    }

    private PackFiles() {}

    static byte[] bytes(String resource) {
        try (InputStream in = PackFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new PackException("pack file missing from the classpath: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    static List<Row> rows(String resource) {
        return rows(resource, bytes(resource));
    }

    /** The data rows of a file's bytes, named {@code resource} in errors. */
    static List<Row> rows(String resource, byte[] content) {
        List<Row> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(new Row(resource, n, List.of(line.split("\t", -1))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return out;
    }

    static String sha256(List<String> resources) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String r : resources) md.update(bytes(r));
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
