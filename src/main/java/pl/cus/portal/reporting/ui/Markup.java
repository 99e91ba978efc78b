package pl.cus.portal.reporting.ui;

/** Escaping for the HTML and SVG the reports build as text. */
final class Markup {

    private Markup() {}

    static String esc(Object value) {
        String text = value == null ? "" : value.toString();
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
