package vn.luanchuyen.render;

import static org.apache.commons.text.StringEscapeUtils.escapeXml10;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as static SVG, for pages and bulletins alike: a title and a description
 * for screen readers, one labelled bar per value, an optional target line. No script, no
 * external font; every text is escaped. Give the same numbers in a table beside it.
 *
 * <pre>{@code
 * String svg = BarChart.svg("moves-by-year", "Lượt luân chuyển theo năm", "…", bars, null, null);
 * }</pre>
 */
public final class BarChart {
    private static final int WIDTH = 640;
    private static final int LABEL = 210;
    private static final int ROW = 30;
    private static final int BAR = 20;
    private static final int TOP = 10;

    private BarChart() {
    }

    /** One bar: its label, its value, the value as printed ("35%"), and a colour. */
    public record Bar(String label, double value, String valueText, String colour) {
        public Bar(String label, double value, String valueText) {
            this(label, value, valueText, "#8b1a1a");
        }
    }

    /**
     * @param target a value to draw as a dashed line across the bars, or null
     * @param targetLabel what the line is ("Chỉ tiêu 30%")
     */
    public static String svg(String id, String title, String description, List<Bar> bars, Double target, String targetLabel) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        if (target != null) max = Math.max(max, target);
        if (max <= 0) max = 1;
        int height = TOP + bars.size() * ROW + (target != null ? 26 : 8);
        double scale = (WIDTH - LABEL - 70) / max;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">")
                .append("<title id=\"").append(id).append("-t\">").append(escapeXml10(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-d\">").append(escapeXml10(description)).append("</desc>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + i * ROW;
            double w = bar.value() * scale;
            b.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1d1d1b\">").append(escapeXml10(bar.label())).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(num(w))
                    .append("\" height=\"").append(BAR).append("\" fill=\"").append(escapeXml10(bar.colour())).append("\"/>")
                    .append("<text x=\"").append(num(LABEL + w + 6)).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"13\" fill=\"#1d1d1b\">").append(escapeXml10(bar.valueText())).append("</text>");
        }
        if (target != null) {
            double x = LABEL + target * scale;
            int bottom = TOP + bars.size() * ROW;
            b.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(TOP - 4).append("\" x2=\"").append(num(x))
                    .append("\" y2=\"").append(bottom).append("\" stroke=\"#1c4a7a\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>")
                    .append("<text x=\"").append(num(x)).append("\" y=\"").append(bottom + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1c4a7a\">").append(escapeXml10(targetLabel))
                    .append("</text>");
        }
        return b.append("</svg>").toString();
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
