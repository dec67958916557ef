package io.github.narrator.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's one table: a line per figure, median then min–max over the runs, and its target. */
public final class BenchTable {

    private static final String[] HEADERS = {"section", "figure", "median", "min-max", "unit", "target", ""};

    private BenchTable() {
    }

    public static String render(BenchReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (Figure figure : report.figures()) {
            Stats stats = figure.stats();
            rows.add(new String[] {
                figure.section(),
                figure.name(),
                Format.number(stats.median()),
                Format.number(stats.min()) + "-" + Format.number(stats.max()),
                figure.unit(),
                figure.target() == null ? "" : figure.target(),
                figure.met() == null ? "" : figure.met() ? "ok" : "MISSED"});
        }
        int[] widths = new int[HEADERS.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        table.append(line(rows.get(0), widths));
        String lastSection = null;
        for (String[] row : rows.subList(1, rows.size())) {
            boolean newSection = !row[0].equals(lastSection);
            if (newSection && lastSection != null) {
                table.append('\n');
            }
            lastSection = row[0];
            String[] shown = row.clone();
            shown[0] = newSection ? row[0] : "";
            table.append(line(shown, widths));
        }
        table.append(String.format(Locale.ROOT, "%d runs each; %s on %d cores, %s; load average %s at start, %s at end%n",
                report.runs(), report.narrator(), report.cores(), report.commit(), loads(report.loadBefore()), loads(report.loadAfter())));
        for (String note : report.notes()) {
            table.append(note).append('\n');
        }
        return table.toString();
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            // numbers line up on the right, words on the left
            line.append(pad(cells[i], widths[i], i == 2 || i == 3)).append("  ");
        }
        return line.toString().stripTrailing() + "\n";
    }

    private static String loads(List<Double> loads) {
        return loads.isEmpty() ? "n/a" : String.join(" ", loads.stream().map(load -> String.format(Locale.ROOT, "%.2f", load)).toList());
    }

    private static String pad(String cell, int width, boolean right) {
        String spaces = " ".repeat(width - cell.length());
        return right ? spaces + cell : cell + spaces;
    }
}
