package org.longarm.pack;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits a gazetteer TSV into rows: '#' comments and blank lines skipped, a fixed header checked, fields trimmed. */
final class GazetteerTsv {
    private GazetteerTsv() {}

    /** One data line: its file and 1-based line number, for error messages. */
    record Row(String file, int line, List<String> header, String[] fields) {
        String get(String column) {
            return fields[header.indexOf(column)];
        }

        GazetteerException fail(String column, String problem) {
            return new GazetteerException(file, line, column, problem);
        }

        Double coordinate(String column, double limit) {
            String raw = get(column);
            if (raw.isEmpty()) return null;
            double value;
            try {
                value = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                throw fail(column, "not a number: '" + raw + "'");
            }
            if (!(Math.abs(value) <= limit)) throw fail(column, "out of range [-" + limit + ", " + limit + "]: " + raw);
            return value;
        }
    }

    static List<Row> read(String file, byte[] bytes, List<String> header) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] fields = line.split("\t", -1);
            if (!headerSeen) {
                if (!List.of(fields).equals(header)) {
                    throw new GazetteerException(file, i + 1, null, "expected the header " + String.join(" TAB ", header)
                            + ", found '" + line + "'");
                }
                headerSeen = true;
                continue;
            }
            if (fields.length != header.size()) {
                throw new GazetteerException(file, i + 1, null,
                        "expected " + header.size() + " tab-separated fields, found " + fields.length);
            }
            for (int f = 0; f < fields.length; f++) fields[f] = fields[f].strip();
            rows.add(new Row(file, i + 1, header, fields));
        }
        if (!headerSeen) throw new GazetteerException(file, lines.length, null, "no header line");
        return rows;
    }
}
