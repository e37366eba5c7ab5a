package org.taiwa.offset.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.taiwa.offset.Estimate.CategoryEstimate;

import com.vaadin.flow.component.Svg;

/**
 * A horizontal bar per category, drawn on the server as SVG: no chart library, and the same figures as the table
 * beside it. {@code role="img"} with a label that reads out every bar, for screen readers.
 */
final class CategoryChart {

    private static final int WIDTH = 560;
    private static final int LABEL = 150;
    private static final int BAR_SPACE = 300;
    private static final int ROW = 28;

    private CategoryChart() {
    }

    static Svg of(List<CategoryEstimate> categories, OffsetTexts texts) {
        var chart = new Svg(svg(categories, texts));
        chart.setId("offset-chart");
        chart.addClassName("taiwa-offset-chart");
        return chart;
    }

    static String svg(List<CategoryEstimate> categories, OffsetTexts texts) {
        BigDecimal max = categories.stream().map(CategoryEstimate::kgCo2).reduce(BigDecimal.ZERO, BigDecimal::max);
        var label = new StringBuilder(texts.get("offset.result.chart"));
        var bars = new StringBuilder();
        int y = 4;
        for (CategoryEstimate category : categories) {
            String name = texts.category(category.category());
            String kg = texts.kg(category.kgCo2()) + " kg";
            label.append("; ").append(name).append(' ').append(kg);
            int width = max.signum() == 0 ? 0 : category.kgCo2().multiply(BigDecimal.valueOf(BAR_SPACE))
                    .divide(max, 0, RoundingMode.HALF_UP).intValue();
            bars.append("<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"13\">").append(escape(name))
                    .append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(Math.max(width, 1)).append("\" height=\"18\" fill=\"#2e7d32\"></rect>")
                    .append("<text x=\"").append(LABEL + Math.max(width, 1) + 6).append("\" y=\"").append(y + 18)
                    .append("\" font-size=\"12\">").append(escape(kg)).append("</text>");
            y += ROW;
        }
        int height = Math.max(y + 4, ROW);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" + escape(label.toString())
                + "\" width=\"" + WIDTH + "\" height=\"" + height + "\" viewBox=\"0 0 " + WIDTH + " " + height
                + "\" font-family=\"sans-serif\">" + "<title>" + escape(label.toString()) + "</title>" + bars
                + "</svg>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
