package org.dossier.search.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Why a run's process ended before its run began, in a line taken from its output. */
final class LaunchOutput {

    private static final int LONGEST = 500;

    private LaunchOutput() {
    }

    /**
     * The job's own last line when it wrote one ({@code ingest status=NOT_STARTED reason="..."}),
     * else the deepest cause of the last exception, else the last line (the JVM's own words).
     */
    static String reason(Path output, String job) {
        List<String> lines;
        try {
            lines = new String(Files.readAllBytes(output), StandardCharsets.UTF_8).lines()
                    .map(line -> line.replaceAll("\u001b\\[[0-9;]*m", "").strip())
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            return "its output could not be read";
        }
        if (lines.isEmpty()) {
            return "it wrote nothing";
        }
        String last = lines.get(lines.size() - 1);
        if (last.startsWith(job + " status=")) {
            return shorten(last);
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("Caused by: ")) {
                return shorten(lines.get(i).substring("Caused by: ".length()));
            }
        }
        return shorten(last);
    }

    private static String shorten(String line) {
        return line.length() <= LONGEST ? line : line.substring(0, LONGEST) + "...";
    }
}
