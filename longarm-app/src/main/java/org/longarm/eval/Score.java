package org.longarm.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.longarm.model.Checks;

/**
 * The metrics of one scoring run, in score.py's order. Values are {@link Integer}s (counts), {@link Double}s
 * (rounded to 3 decimals) or null (an accuracy with nothing to measure, Python's None).
 */
public final class Score {
    private final Map<String, Object> values;

    Score(Map<String, Object> values) {
        Checks.notNull(values, "values");
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Metric name to value, in output order. */
    public Map<String, Object> values() {
        return values;
    }

    /** One metric; throws when score.py would not have printed it. */
    public Object get(String key) {
        Checks.check(values.containsKey(key), "no metric '" + key + "' in " + values.keySet());
        return values.get(key);
    }

    /** The lines score.py prints: {@code key: value}, with Python's {@code repr} of each value. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(k + ": " + Py.repr(v)));
        return out;
    }

    /** What score.py writes with {@code --json}: {@code json.dump(res, f, indent=1)}, no final newline. */
    public String json() {
        StringBuilder sb = new StringBuilder("{");
        String sep = "\n";
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object v = e.getValue();
            sb.append(sep).append(" \"").append(e.getKey()).append("\": ").append(v == null ? "null" : Py.repr(v));
            sep = ",\n";
        }
        return sb.append(values.isEmpty() ? "}" : "\n}").toString();
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }
}
