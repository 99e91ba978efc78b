package pl.cus.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The harness's table: one row per measure with its target and whether it was met, printed and written to docs. */
final class Measurements {

    static final String BEGIN = "<!-- measured:begin (written by bench/run; edit outside these markers) -->";
    static final String END = "<!-- measured:end -->";

    record Row(String measure, String value, String target, Boolean met) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String measure, String value, String target, Boolean met) {
        rows.add(new Row(measure, value, target, met));
        System.out.printf(
                Locale.ROOT,
                "[bench] %-70s %-40s %s%n",
                measure,
                value,
                target == null ? "" : "target " + target + (met == null ? "" : met ? " (met)" : " (MISSED)"));
    }

    void note(String text) {
        notes.add(text);
        System.out.println("[bench] note: " + text);
    }

    String table(String machine) {
        StringBuilder out = new StringBuilder();
        out.append("Measured ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT)))
                .append(" on ")
                .append(machine)
                .append(".\n\n");
        out.append("| measure | result | target | met |\n|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ")
                    .append(row.measure())
                    .append(" | ")
                    .append(row.value())
                    .append(" | ")
                    .append(row.target() == null ? "—" : row.target())
                    .append(" | ")
                    .append(row.met() == null ? "—" : row.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        return out.toString();
    }

    /** Replaces the measured part of the document (between the markers), keeping everything around it. */
    void writeInto(Path document, String machine) throws IOException {
        String text = Files.exists(document)
                ? Files.readString(document, StandardCharsets.UTF_8)
                : "# Performance\n\n" + BEGIN + "\n" + END + "\n";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            text = text + "\n" + BEGIN + "\n" + END + "\n";
            begin = text.indexOf(BEGIN);
            end = text.indexOf(END);
        }
        String updated = text.substring(0, begin + BEGIN.length()) + "\n" + table(machine) + text.substring(end);
        Files.writeString(document, updated, StandardCharsets.UTF_8);
        System.out.println("[bench] written to " + document.toAbsolutePath());
    }

    /** Latencies in milliseconds. */
    static final class Latencies {
        private final List<Double> values = Collections.synchronizedList(new ArrayList<>());

        void add(double millis) {
            values.add(millis);
        }

        int count() {
            return values.size();
        }

        double percentile(double q) {
            List<Double> sorted;
            synchronized (values) {
                sorted = new ArrayList<>(values);
            }
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            Collections.sort(sorted);
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)));
        }

        String describe() {
            return String.format(
                    Locale.ROOT, "p50 %.1f ms, p99 %.1f ms (%d samples)", percentile(0.50), percentile(0.99), count());
        }
    }
}
