package org.taiwa.purchase.ui;

import java.util.List;

import com.vaadin.flow.component.Svg;

/**
 * Horizontal bars drawn on the server as SVG (no chart library): one per group, its tonnes written beside it.
 * {@code role="img"} with a label that reads out every bar, for screen readers.
 */
final class BarChart {

    private static final int WIDTH = 640;
    private static final int LABEL = 200;
    private static final int BAR_SPACE = 340;
    private static final int ROW = 24;

    private BarChart() {
    }

    static Svg of(String id, String title, List<ResultsSummary.Group> groups, PurchaseTexts texts) {
        var chart = new Svg(svg(title, groups, texts));
        chart.setId(id);
        chart.addClassName("taiwa-purchase-chart");
        return chart;
    }

    static String svg(String title, List<ResultsSummary.Group> groups, PurchaseTexts texts) {
        long max = groups.stream().mapToLong(ResultsSummary.Group::tonnes).max().orElse(0);
        var label = new StringBuilder(title);
        var bars = new StringBuilder();
        int y = 4;
        for (ResultsSummary.Group group : groups) {
            String value = texts.tonnes(group.tonnes());
            label.append("; ").append(group.label()).append(' ').append(value);
            int width = max == 0 ? 1 : Math.max(1, (int) Math.round(group.tonnes() * (double) BAR_SPACE / max));
            bars.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">")
                    .append(escape(group.label())).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(width).append("\" height=\"16\" fill=\"#2e7d32\"></rect>")
                    .append("<text x=\"").append(LABEL + width + 6).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"12\">").append(escape(value)).append("</text>");
            y += ROW;
        }
        int height = Math.max(y + 4, ROW);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" + escape(label.toString())
                + "\" width=\"" + WIDTH + "\" height=\"" + height + "\" viewBox=\"0 0 " + WIDTH + " " + height
                + "\" font-family=\"sans-serif\"><title>" + escape(label.toString()) + "</title>" + bars + "</svg>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
