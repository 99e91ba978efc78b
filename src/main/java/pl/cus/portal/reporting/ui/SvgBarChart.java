package pl.cus.portal.reporting.ui;

import static pl.cus.portal.reporting.ui.Markup.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * A small server-side bar chart: horizontal bars, one group per category, one bar per series, as inline SVG. Built for
 * screen readers and print: the SVG is {@code role="img"} with an {@code aria-label} that states what it shows, every
 * bar has a {@code <title>} with its series, category and value, every value is also written beside its bar, and the
 * series differ by pattern as well as colour (never colour alone). Callers put a real data table beside the chart.
 * Dimensions are in a fixed coordinate system scaled to the container's width ({@code viewBox}).
 */
final class SvgBarChart {

    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 230;
    private static final int VALUE_SPACE = 70;
    private static final int BAR = 16;
    private static final int BAR_GAP = 3;
    private static final int GROUP_GAP = 12;
    private static final int LEGEND = 30;
    private static final String TEXT = "#1f2933";

    /** The series' looks: solid, hatched, dotted, cross-hatched, outlined — distinguishable without colour. */
    private static final List<Look> LOOKS = List.of(
            new Look("#1a5fb4", Fill.SOLID),
            new Look("#a51d2d", Fill.HATCH),
            new Look("#26734d", Fill.DOTS),
            new Look("#7a4a00", Fill.CROSS),
            new Look("#5e3c99", Fill.SOLID_LIGHT));

    private final String id;
    private final String label;
    private final List<String> series = new ArrayList<>();
    private final List<Category> categories = new ArrayList<>();
    private String markerName;
    private LongFunction<String> format = value -> String.format(Locale.ROOT, "%d", value);

    /**
     * @param id    unique on the page (pattern ids are derived from it)
     * @param label the chart's accessible name: what it shows, for which period
     */
    SvgBarChart(String id, String label) {
        this.id = id;
        this.label = label;
    }

    SvgBarChart series(String name) {
        if (series.size() == LOOKS.size()) {
            throw new IllegalStateException("At most " + LOOKS.size() + " series");
        }
        series.add(name);
        return this;
    }

    /** A category with one value per series, in the order the series were added. */
    SvgBarChart category(String name, long... values) {
        return markedCategory(name, null, values);
    }

    /** A category with a marker line (e.g. the workload limit) drawn across its bars. */
    SvgBarChart markedCategory(String name, Long marker, long... values) {
        if (values.length != series.size()) {
            throw new IllegalArgumentException("One value per series: " + series.size() + ", got " + values.length);
        }
        categories.add(new Category(name, marker, values.clone()));
        return this;
    }

    /** What the marker lines mean, e.g. "limit"; shown in the legend and in each marker's title. */
    SvgBarChart markerName(String name) {
        this.markerName = name;
        return this;
    }

    SvgBarChart format(LongFunction<String> format) {
        this.format = format;
        return this;
    }

    String svg() {
        long max = 1;
        for (Category category : categories) {
            for (long value : category.values) {
                max = Math.max(max, value);
            }
            if (category.marker != null) {
                max = Math.max(max, category.marker);
            }
        }
        int plot = WIDTH - LABEL_WIDTH - VALUE_SPACE;
        int group = series.size() * BAR + (series.size() - 1) * BAR_GAP;
        int height = LEGEND + categories.size() * (group + GROUP_GAP) + GROUP_GAP;
        var svg = new StringBuilder();
        svg.append("<svg class=\"report-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" aria-label=\"")
                .append(esc(label))
                .append("\">");
        svg.append("<title>").append(esc(label)).append("</title>");
        svg.append("<defs>");
        for (int s = 0; s < series.size(); s++) {
            svg.append(pattern(s));
        }
        svg.append("</defs>");
        // Legend: a swatch and the series' name, the marker's meaning.
        int x = 0;
        for (int s = 0; s < series.size(); s++) {
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"6\" width=\"16\" height=\"16\" fill=\"")
                    .append(fill(s))
                    .append("\" stroke=\"")
                    .append(LOOKS.get(s).colour)
                    .append("\"></rect>");
            svg.append(text(x + 22, 19, "start", series.get(s)));
            x += 34 + series.get(s).length() * 8;
        }
        if (markerName != null) {
            svg.append("<line x1=\"")
                    .append(x + 8)
                    .append("\" y1=\"4\" x2=\"")
                    .append(x + 8)
                    .append("\" y2=\"24\" stroke=\"")
                    .append(TEXT)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"4 2\"></line>");
            svg.append(text(x + 16, 19, "start", markerName));
        }
        int y = LEGEND + GROUP_GAP / 2;
        for (Category category : categories) {
            svg.append(text(LABEL_WIDTH - 8, y + group / 2 + 5, "end", truncate(category.name)));
            for (int s = 0; s < series.size(); s++) {
                long value = category.values[s];
                int barY = y + s * (BAR + BAR_GAP);
                int width = (int) Math.round((double) value * plot / max);
                svg.append("<rect x=\"")
                        .append(LABEL_WIDTH)
                        .append("\" y=\"")
                        .append(barY)
                        .append("\" width=\"")
                        .append(Math.max(width, 1))
                        .append("\" height=\"")
                        .append(BAR)
                        .append("\" fill=\"")
                        .append(fill(s))
                        .append("\" stroke=\"")
                        .append(LOOKS.get(s).colour)
                        .append("\"><title>")
                        .append(esc(series.get(s) + " — " + category.name + ": " + format.apply(value)))
                        .append("</title></rect>");
                svg.append(text(LABEL_WIDTH + Math.max(width, 1) + 6, barY + BAR - 3, "start", format.apply(value)));
            }
            if (category.marker != null) {
                int markerX = LABEL_WIDTH + (int) Math.round((double) category.marker * plot / max);
                svg.append("<line x1=\"")
                        .append(markerX)
                        .append("\" y1=\"")
                        .append(y - 4)
                        .append("\" x2=\"")
                        .append(markerX)
                        .append("\" y2=\"")
                        .append(y + group + 4)
                        .append("\" stroke=\"")
                        .append(TEXT)
                        .append("\" stroke-width=\"2\" stroke-dasharray=\"4 2\"><title>")
                        .append(esc(category.name + " — " + markerName + ": " + format.apply(category.marker)))
                        .append("</title></line>");
            }
            y += group + GROUP_GAP;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private String fill(int s) {
        return LOOKS.get(s).fill == Fill.SOLID ? LOOKS.get(s).colour : "url(#" + id + "-p" + s + ")";
    }

    private String pattern(int s) {
        Look look = LOOKS.get(s);
        String head = "<pattern id=\"" + id + "-p" + s + "\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\"";
        return switch (look.fill) {
            case SOLID -> "";
            case HATCH ->
                head + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"" + look.colour
                        + "\"></rect><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" stroke-width=\"2\"></line></pattern>";
            case DOTS ->
                head + "><rect width=\"6\" height=\"6\" fill=\"" + look.colour
                        + "\"></rect><circle cx=\"3\" cy=\"3\" r=\"1.3\" fill=\"#ffffff\"></circle></pattern>";
            case CROSS ->
                head + "><rect width=\"6\" height=\"6\" fill=\"" + look.colour
                        + "\"></rect><path d=\"M0 3H6M3 0V6\" stroke=\"#ffffff\" "
                        + "stroke-width=\"1\"></path></pattern>";
            case SOLID_LIGHT ->
                head + "><rect width=\"6\" height=\"6\" fill=\"#ffffff\"></rect><rect width=\"6\" height=\"3\" fill=\""
                        + look.colour + "\"></rect></pattern>";
        };
    }

    private static String text(int x, int y, String anchor, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" font-size=\"13\" fill=\"" + TEXT
                + "\">" + esc(content) + "</text>";
    }

    private static String truncate(String name) {
        return name.length() <= 30 ? name : name.substring(0, 29) + "…";
    }

    private enum Fill {
        SOLID,
        HATCH,
        DOTS,
        CROSS,
        SOLID_LIGHT
    }

    private record Look(String colour, Fill fill) {}

    private record Category(String name, Long marker, long[] values) {}
}
