package org.longarm.pack;

/** A gazetteer data file is malformed: the message names the file, the line and the field. */
public final class GazetteerException extends RuntimeException {
    private final String file;
    private final int line;
    private final String field;

    GazetteerException(String file, int line, String field, String problem) {
        super(file + " line " + line + (field == null ? "" : ", field '" + field + "'") + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() { return file; }

    public int line() { return line; }

    /** The column at fault, or null when the whole line is. */
    public String field() { return field; }
}
