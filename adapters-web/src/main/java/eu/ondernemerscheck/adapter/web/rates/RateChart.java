package eu.ondernemerscheck.adapter.web.rates;

import eu.ondernemerscheck.domain.rules.RateRecord;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Draws one parameter's values over time as a step chart in SVG, on the server: no chart library and no frontend
 * build. Each value is a horizontal bar from its effective-from to its effective-until date; confirmed values solid,
 * provisional dashed, drafts in the accent colour, replaced values faint. The image goes to the browser as a
 * {@code data:} address, which the content security policy allows for images ({@code img-src 'self' data:}); an SVG
 * shown as an image runs no script.
 */
final class RateChart {

    static final int WIDTH = 760;
    static final int HEIGHT = 260;
    private static final int LEFT = 90;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;
    /** Values that hold "since always" (1900-01-01 in the shipped data) are drawn from here. */
    private static final LocalDate EARLIEST_SHOWN = LocalDate.of(2014, 1, 1);

    private RateChart() {
    }

    /** The chart as an SVG document. */
    static String svg(String title, List<RateRecord> records) {
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">");
        out.append("<title>").append(escape(title)).append("</title>");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        List<RateRecord> shown = records.stream().filter(r -> r.state() != RateRecord.State.DISCARDED).toList();
        if (shown.isEmpty()) {
            out.append(text(LEFT, TOP + 20, "start", "Nog geen waarden.", "#666666"));
            return out.append("</svg>").toString();
        }
        LocalDate first = shown.stream().map(r -> r.value().effectiveFrom()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = shown.stream().map(r -> r.value().effectiveUntil()).max(LocalDate::compareTo).orElseThrow();
        if (first.isBefore(EARLIEST_SHOWN)) {
            first = EARLIEST_SHOWN.isBefore(last) ? EARLIEST_SHOWN : last.withDayOfYear(1);
        }
        first = first.withDayOfYear(1);
        last = last.plusYears(1).withDayOfYear(1);
        BigDecimal max = shown.stream().map(r -> r.value().value()).max(BigDecimal::compareTo).orElseThrow();
        BigDecimal top = max.signum() == 0 ? BigDecimal.ONE : max.multiply(new BigDecimal("1.15"));
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;

        out.append(line(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight, "#999999", ""));
        out.append(line(LEFT, TOP, LEFT, TOP + plotHeight, "#999999", ""));
        for (int i = 0; i <= 2; i++) {
            BigDecimal tick = top.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.TWO, MathContext.DECIMAL64);
            double y = TOP + plotHeight - plotHeight * i / 2.0;
            out.append(line(LEFT - 4, y, LEFT + plotWidth, y, "#eeeeee", ""));
            out.append(text(LEFT - 8, y + 4, "end", MoneyFormat.number(tick.round(new MathContext(3))), "#444444"));
        }
        int years = last.getYear() - first.getYear();
        int step = years > 24 ? 4 : years > 12 ? 2 : 1;
        for (LocalDate tick = first; !tick.isAfter(last); tick = tick.plusYears(step)) {
            double x = LEFT + plotWidth * (double) ChronoUnit.DAYS.between(first, tick) / days;
            out.append(line(x, TOP + plotHeight, x, TOP + plotHeight + 4, "#999999", ""));
            out.append(text(x, TOP + plotHeight + 18, "middle", Integer.toString(tick.getYear()), "#444444"));
        }
        for (RateRecord r : shown) {
            LocalDate from = r.value().effectiveFrom().isBefore(first) ? first : r.value().effectiveFrom();
            double x1 = LEFT + plotWidth * (double) ChronoUnit.DAYS.between(first, from) / days;
            double x2 = LEFT + plotWidth * (double) ChronoUnit.DAYS.between(first, r.value().effectiveUntil()
                    .plusDays(1)) / days;
            double y = TOP + plotHeight - plotHeight * r.value().value().divide(top, MathContext.DECIMAL64)
                    .doubleValue();
            String colour = switch (r.state()) {
                case IN_FORCE -> "#0b5d8c";
                case DRAFT -> "#d9822b";
                default -> "#c8c8c8";
            };
            String dash = r.value().status() == RateStatus.PROVISIONAL ? "6 4" : "";
            out.append("<g class=\"value ").append(r.state().name().toLowerCase(Locale.ROOT))
                    .append("\"><title>").append(escape(r.value().effectiveFrom() + " t/m "
                            + r.value().effectiveUntil() + ": " + MoneyFormat.number(r.value().value()) + " ("
                            + r.value().status().code() + ")")).append("</title>");
            out.append(bar(x1, y, x2, colour, dash));
            out.append("</g>");
        }
        out.append(legend());
        return out.append("</svg>").toString();
    }

    /** The chart as an image address for the browser. */
    static String dataUrl(String title, List<RateRecord> records) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg(title, records)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String legend() {
        return bar(LEFT, 12, LEFT + 24, "#0b5d8c", "") + text(LEFT + 30, 16, "start", "bevestigd", "#444444")
                + bar(LEFT + 110, 12, LEFT + 134, "#0b5d8c", "6 4") + text(LEFT + 140, 16, "start", "voorlopig",
                "#444444")
                + bar(LEFT + 220, 12, LEFT + 244, "#d9822b", "") + text(LEFT + 250, 16, "start", "concept", "#444444")
                + bar(LEFT + 320, 12, LEFT + 344, "#c8c8c8", "") + text(LEFT + 350, 16, "start", "vervangen",
                "#444444");
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dash) {
        return line(x1, y1, x2, y2, colour, dash, 1);
    }

    private static String bar(double x1, double y, double x2, String colour, String dash) {
        return line(x1, y, x2, y, colour, dash, 3);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dash, int width) {
        return "<line x1=\"" + round(x1) + "\" y1=\"" + round(y1) + "\" x2=\"" + round(x2) + "\" y2=\"" + round(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + width + "\"" + (dash.isEmpty() ? ""
                : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String anchor, String content, String colour) {
        return "<text x=\"" + round(x) + "\" y=\"" + round(y) + "\" text-anchor=\"" + anchor + "\" fill=\""
                + colour + "\">" + escape(content) + "</text>";
    }

    private static String round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
