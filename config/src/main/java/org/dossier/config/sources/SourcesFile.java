package org.dossier.config.sources;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The sources file operators keep: named folders, URL lists and feeds, each with a cron
 * schedule, and what the scheduler does around them. For example:
 *
 * <pre>
 * sources:
 *   - name: wires
 *     path: /srv/news/wires        # a folder or a URL list; relative to this file
 *     schedule: "0 2 * * *"        # minute hour day-of-month month day-of-week
 *   - name: wikinews
 *     url: https://en.wikinews.org/w/index.php?title=Special:NewsFeed&amp;feed=atom
 *     schedule: "@hourly"
 * resolve: after-ingest            # or never
 * missed: run-once                 # runs missed while down: run-once or skip
 * </pre>
 */
public final class SourcesFile {

    /** What to do about schedules that fired while no scheduler was running. */
    public enum Missed { RUN_ONCE, SKIP }

    /**
     * @param resolveAfterIngest whether resolve runs after the ingests a schedule or a nightly run started
     */
    public record Sources(Path file, List<Source> sources, boolean resolveAfterIngest, Missed missed) {

        public Source named(String name) {
            return sources.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no source named '" + name + "' in " + file
                            + " (its sources: " + String.join(", ", sources.stream().map(Source::name).toList()) + ")"));
        }
    }

    private SourcesFile() {
    }

    /** Reads and checks the file; every mistake is an {@link IllegalArgumentException} naming the file and entry. */
    public static Sources load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new IllegalArgumentException("sources file not found: " + absolute);
        }
        Object root;
        try (Reader reader = Files.newBufferedReader(absolute)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException | YAMLException e) {
            throw new IllegalArgumentException(absolute + " is not readable YAML: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> top) || !(top.get("sources") instanceof List<?> entries)) {
            throw new IllegalArgumentException(absolute + ": expected a list under 'sources:'");
        }
        List<Source> sources = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = absolute + ": source " + (i + 1);
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                throw new IllegalArgumentException(where + " is not a map of name, path or url, and schedule");
            }
            String name = text(entry, "name", where);
            where += " (" + name + ")";
            if (!names.add(name)) {
                throw new IllegalArgumentException(where + ": the name is taken by an earlier source");
            }
            sources.add(new Source(name, location(entry, absolute.getParent(), where), text(entry, "schedule", where),
                    cron(text(entry, "schedule", where), where)));
        }
        boolean resolve = switch (setting(top, "resolve", "after-ingest")) {
            case "after-ingest" -> true;
            case "never" -> false;
            default -> throw new IllegalArgumentException(absolute + ": resolve must be after-ingest or never, was '"
                    + top.get("resolve") + "'");
        };
        Missed missed = switch (setting(top, "missed", "run-once")) {
            case "run-once" -> Missed.RUN_ONCE;
            case "skip" -> Missed.SKIP;
            default -> throw new IllegalArgumentException(absolute + ": missed must be run-once or skip, was '"
                    + top.get("missed") + "'");
        };
        return new Sources(absolute, List.copyOf(sources), resolve, missed);
    }

    private static String location(Map<?, ?> entry, Path base, String where) {
        boolean hasPath = entry.containsKey("path");
        if (hasPath == entry.containsKey("url")) {
            throw new IllegalArgumentException(where + ": give either path (a folder or a URL list) or url (a feed)");
        }
        if (!hasPath) {
            String url = text(entry, "url", where);
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new IllegalArgumentException(where + ": url must start with http:// or https://, was '" + url + "'");
            }
            return url;
        }
        return base.resolve(text(entry, "path", where)).normalize().toString();
    }

    /** Crontab's five fields (minute hour day month weekday) or a macro such as {@code @daily}. */
    static CronExpression cron(String schedule, String where) {
        String expression = schedule.strip();
        if (!expression.startsWith("@")) {
            int fields = expression.split("\\s+").length;
            if (fields != 5) {
                throw new IllegalArgumentException(where + ": schedule '" + schedule + "' must have five fields"
                        + " (minute hour day-of-month month day-of-week), or be @hourly, @daily, @weekly or @monthly");
            }
            expression = "0 " + expression;
        }
        try {
            return CronExpression.parse(expression.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": schedule '" + schedule + "' is not a cron schedule: "
                    + e.getMessage());
        }
    }

    private static String setting(Map<?, ?> top, String key, String fallback) {
        Object value = top.get(key);
        return value == null ? fallback : String.valueOf(value).strip();
    }

    private static String text(Map<?, ?> entry, String key, String where) {
        Object value = entry.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException(where + ": '" + key + "' is missing");
        }
        return String.valueOf(value).strip();
    }
}
