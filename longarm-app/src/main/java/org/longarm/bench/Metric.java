package org.longarm.bench;

import org.longarm.model.Checks;

/** One measured value of a bench report: a JSON name (snake_case), a number or text, its unit and a label for people. */
public record Metric(String name, Object value, String unit, String label) {
    public Metric {
        Checks.notBlank(name, "name");
        Checks.check(name.matches("[a-z][a-z0-9_]*"), "name must be snake_case, was '" + name + "'");
        Checks.notNull(value, "value");
        Checks.check(value instanceof Number || value instanceof String, "value of " + name + " must be a number or text, was " + value.getClass().getSimpleName());
        if (value instanceof Double d) Checks.check(Double.isFinite(d), "value of " + name + " must be finite, was " + d);
        unit = unit == null ? "" : unit;
        label = label == null || label.isBlank() ? name : label;
    }

    public static Metric of(String name, double value, String unit, String label) {
        return new Metric(name, round(value), unit, label);
    }

    public static Metric count(String name, long value, String label) {
        return new Metric(name, value, "", label);
    }

    public static Metric text(String name, String value, String label) {
        return new Metric(name, value, "", label);
    }

    /** Three significant decimals for small values, two for the rest: enough for timings, no false precision. */
    static double round(double v) {
        if (!Double.isFinite(v)) return v;
        double scale = Math.abs(v) < 10 ? 1000 : 100;
        return Math.round(v * scale) / scale;
    }
}
