package org.dossier.search.system;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.dossier.search.query.Facets;

/**
 * A bar chart of documents over time, drawn by the server as SVG: one bar a month, or one a
 * year when the documents span more than three years; empty months and years get a bar of nothing
 * so that gaps show.
 */
public record Timeline(List<Bar> bars, int width, int height, long max) {

    static final int WIDTH = 600;
    static final int HEIGHT = 120;
    private static final int MONTHS_BEFORE_YEARS = 36;
    private static final int TICKS = 5;

    /** @param label the month (yyyy-MM) or year it stands for */
    public record Bar(String label, long count, double x, double y, double width, double height) {
    }

    public static Timeline of(List<Facets.Month> months) {
        TreeMap<YearMonth, Long> counts = new TreeMap<>();
        for (Facets.Month month : months) {
            counts.merge(YearMonth.parse(month.month()), month.count(), Long::sum);
        }
        if (counts.isEmpty()) {
            return new Timeline(List.of(), WIDTH, HEIGHT, 0);
        }
        YearMonth first = counts.firstKey();
        YearMonth last = counts.lastKey();
        Map<String, Long> buckets = new TreeMap<>();
        if (first.until(last, java.time.temporal.ChronoUnit.MONTHS) >= MONTHS_BEFORE_YEARS) {
            for (int year = first.getYear(); year <= last.getYear(); year++) {
                buckets.put(String.valueOf(year), 0L);
            }
            counts.forEach((month, count) -> buckets.merge(String.valueOf(month.getYear()), count, Long::sum));
        } else {
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                buckets.put(month.toString(), 0L);
            }
            counts.forEach((month, count) -> buckets.merge(month.toString(), count, Long::sum));
        }
        long max = buckets.values().stream().mapToLong(Long::longValue).max().orElse(1);
        double slot = (double) WIDTH / buckets.size();
        double barWidth = Math.max(1, Math.min(slot * 0.8, 40));
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Long> bucket : buckets.entrySet()) {
            double height = max == 0 ? 0 : (HEIGHT - 4) * bucket.getValue() / (double) max;
            bars.add(new Bar(bucket.getKey(), bucket.getValue(), i * slot, HEIGHT - height, barWidth, height));
            i++;
        }
        return new Timeline(bars, WIDTH, HEIGHT, max);
    }

    /**
     * @param label what the axis says under a bar
     * @param percent where that bar's middle is, across the chart
     */
    public record Tick(String label, double percent) {
    }

    /**
     * The axis labels: about {@value #TICKS} of them, evenly spaced over the bars, so that a bar
     * can be placed in time without pointing at it; months read "Sep 2019".
     */
    public List<Tick> ticks() {
        int step = Math.max(1, (int) Math.ceil(bars.size() / (double) TICKS));
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < bars.size(); i += step) {
            Bar bar = bars.get(i);
            String label = bar.label().length() == 7
                    ? YearMonth.parse(bar.label()).format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH))
                    : bar.label();
            ticks.add(new Tick(label, Math.round(1000 * (bar.x() + bar.width() / 2) / width) / 10.0));
        }
        return ticks;
    }
}
