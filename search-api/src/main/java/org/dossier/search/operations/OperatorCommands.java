package org.dossier.search.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import org.dossier.config.devsearch.LocalElasticsearch;
import org.dossier.config.elastic.ClusterHealth;
import org.dossier.config.settings.DossierProperties;
import org.dossier.config.sources.Source;
import org.dossier.config.sources.SourcesFile;
import org.dossier.config.store.JobLock;
import org.dossier.config.store.JobNames;
import org.dossier.config.store.ReviewQueue;
import org.dossier.config.store.SkipEntry;
import org.dossier.config.store.StoreConfiguration;
import org.dossier.search.runs.Run;
import org.dossier.search.runs.RunHistory;
import org.dossier.search.runs.RunLauncher;
import org.dossier.search.system.NotFoundException;

/**
 * The operators' commands that read or drive runs through the store, without the web app:
 * {@code status}, {@code runs}, {@code skips RUN}, {@code restart RUN}, {@code nightly} and
 * {@code unlock JOB}. Only the store is wired (no web server, no Elasticsearch client), so they
 * start in a moment. Each prints its headline as its last line; exit codes: 0 done, 1 failed, 2 usage error, 3 done with skips,
 * 4 refused because another run is going.
 */
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, FlywayAutoConfiguration.class})
@EnableConfigurationProperties(DossierProperties.class)
@Import({StoreConfiguration.class, RunHistory.class, RunLauncher.class, NightlyRun.class, ScheduledSources.class})
public class OperatorCommands {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    public static void main(String[] args) {
        List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        List<String> options = Arrays.stream(args).filter(a -> a.startsWith("--")).toList();
        if (words.isEmpty()) {
            usage("a command: status, runs, skips RUN, restart RUN, nightly or unlock JOB");
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(OperatorCommands.class).web(WebApplicationType.NONE)
                    .logStartupInfo(false).properties("logging.level.root=WARN",
                            "logging.level.org.dossier=WARN").run(options.toArray(String[]::new));
        } catch (RuntimeException e) {
            System.err.println("dossier: the store cannot be opened: " + rootMessage(e));
            System.out.println(words.get(0) + " store=down");
            System.exit(1);
            return;
        }
        int exit;
        try {
            exit = run(context, words, options);
        } catch (NotFoundException e) {
            System.err.println("dossier: " + e.getMessage());
            exit = 2;
        }
        context.close();
        System.exit(exit);
    }

    private static int run(ConfigurableApplicationContext context, List<String> words, List<String> options) {
        RunHistory history = context.getBean(RunHistory.class);
        String command = words.get(0);
        return switch (command) {
            case "status" -> status(context, history);
            case "runs" -> runs(history, option(options, "job", null), limit(option(options, "limit", "20")));
            case "skips" -> skips(history, runId(words, "skips"), option(options, "stage", null),
                    option(options, "grep", null), options.contains("--csv"));
            case "restart" -> restart(context, history, runId(words, "restart"));
            case "nightly" -> nightly(context, options.contains("--all"));
            case "unlock" -> unlock(context.getBean(JobLock.class), words);
            default -> usage("unknown command: " + command);
        };
    }

    private static int status(ConfigurableApplicationContext context, RunHistory history) {
        DossierProperties properties = context.getBean(DossierProperties.class);
        System.out.println("store          " + context.getBean(DataSourceProperties.class).getUrl() + " (up)");
        String elastic;
        if (properties.elasticsearch().useLocalServer()) {
            Optional<URI> local = LocalElasticsearch.running(properties);
            elastic = local.map(uri -> "up").orElse("stopped");
            System.out.println("elasticsearch  " + local.map(uri -> "local, " + uri + " (up)")
                    .orElse("local, not running (the next job or serve starts it)"));
        } else {
            List<URI> answering = properties.elasticsearch().uris().stream().filter(OperatorCommands::answers).toList();
            elastic = answering.isEmpty() ? "down" : "up";
            System.out.println("elasticsearch  " + properties.elasticsearch().uris() + " (" + answering.size() + " of "
                    + properties.elasticsearch().uris().size() + " answering)");
        }
        JobLock lock = context.getBean(JobLock.class);
        int running = 0;
        for (String job : JobNames.ALL) {
            Optional<JobLock.Holder> holder = lock.holder(job);
            if (holder.isPresent()) {
                running++;
                System.out.println(String.format(Locale.ROOT, "%-14s %s", job, "RUNNING: " + holder.get().describe()));
            }
            history.latest(job, 1).stream().findFirst().ifPresentOrElse(
                    run -> System.out.println(String.format(Locale.ROOT, "%-14s last %s", job, describe(run))),
                    () -> System.out.println(String.format(Locale.ROOT, "%-14s never run", job)));
        }
        ScheduledSources.Listing listing = context.getBean(ScheduledSources.class).list();
        if (listing.problem() != null) {
            System.out.println("sources        " + listing.problem());
        }
        for (ScheduledSources.Entry source : listing.sources()) {
            System.out.println(String.format(Locale.ROOT, "source         %s (%s): %s, %s", source.name(),
                    source.schedule(), source.lastRun() == null ? "never run" : "last run " + TIME.format(source.lastRun()),
                    source.due() ? "due now" : "next " + TIME.format(source.nextRun())));
        }
        long due = listing.sources().stream().filter(ScheduledSources.Entry::due).count();
        long review = context.getBean(ReviewQueue.class).waiting();
        System.out.println("review         " + review + " candidates waiting");
        System.out.println("status store=up elasticsearch=" + elastic + " running=" + running + " due=" + due
                + " review=" + review);
        return 0;
    }

    private static int runs(RunHistory history, String job, int limit) {
        List<Run> runs = history.latest(job, limit);
        System.out.println(String.format(Locale.ROOT, "%-6s %-8s %-10s %-19s %9s %7s %7s %7s  %s", "RUN", "JOB",
                "STATUS", "STARTED", "SECONDS", "READ", "WRITTEN", "SKIPPED", "SOURCE"));
        for (Run run : runs) {
            System.out.println(String.format(Locale.ROOT, "%-6d %-8s %-10s %-19s %9.1f %7d %7d %7d  %s", run.id(),
                    run.job(), run.status(), run.started() == null ? "-" : TIME.format(run.started()), seconds(run),
                    run.read(), run.written(), run.skipped(), run.input() == null ? "" : run.input()));
        }
        System.out.println("runs shown=" + runs.size());
        return 0;
    }

    private static int skips(RunHistory history, long id, String stage, String grep, boolean csv) {
        history.one(id);
        List<SkipEntry> skips = history.skips(id, stage, grep, 100_000);
        for (SkipEntry skip : skips) {
            if (csv) {
                System.out.println(String.join(",", csvField(skip.item()), csvField(skip.stage()), csvField(skip.reason())));
            } else {
                System.out.println(skip.stage() + "\t" + skip.item() + "\t" + skip.reason());
            }
        }
        System.out.println("skips run=" + id + " shown=" + skips.size());
        return 0;
    }

    private static int restart(ConfigurableApplicationContext context, RunHistory history, long id) {
        Run run = history.one(id);
        if (!run.restartable()) {
            System.err.println("dossier: run " + id + " is " + run.status()
                    + "; only a failed or stopped run can be restarted");
            return 2;
        }
        System.err.println("dossier: restarting " + run.job() + " run " + id
                + (run.input() == null ? "" : " of " + run.input()) + "; it goes on where it stopped");
        NightlyRun.Outcome outcome = context.getBean(NightlyRun.class).runAndWait(run.job(), null, run.input());
        System.out.println(outcome.headline());
        return outcome.exitCode();
    }

    private static int nightly(ConfigurableApplicationContext context, boolean all) {
        Path file = Path.of(context.getEnvironment().getProperty("dossier.sources-file", "sources.yml"));
        SourcesFile.Sources sources;
        try {
            sources = SourcesFile.load(file);
        } catch (IllegalArgumentException e) {
            System.err.println("dossier: " + e.getMessage());
            return 2;
        }
        NightlyRun nightly = context.getBean(NightlyRun.class);
        List<Source> chosen = all ? sources.sources()
                : context.getBean(ScheduledSources.class).due(sources, source -> null);
        System.err.println("dossier: " + (chosen.isEmpty() ? "no source is due" : "ingesting "
                + String.join(", ", chosen.stream().map(Source::name).toList())) + " (" + sources.file() + ")");
        NightlyRun.Result result = nightly.run(sources, chosen, outcome -> System.out.println(outcome.headline()));
        System.out.println(result.headline());
        return result.exitCode();
    }

    private static int unlock(JobLock lock, List<String> words) {
        if (words.size() != 2 || !JobNames.ALL.contains(words.get(1))) {
            return usage("usage: dossier unlock ingest|resolve");
        }
        Optional<JobLock.Holder> held = lock.breakLock(words.get(1));
        System.out.println(held.map(h -> "unlock job=" + words.get(1) + " was=\"" + h.describe() + "\"")
                .orElse("unlock job=" + words.get(1) + " was=free"));
        return 0;
    }

    private static String describe(Run run) {
        return String.format(Locale.ROOT, "run %d %s, started %s, %.1f s, read %d, written %d, skipped %d%s", run.id(),
                run.status(), run.started() == null ? "-" : TIME.format(run.started()), seconds(run), run.read(),
                run.written(), run.skipped(), run.input() == null ? "" : ", " + run.input());
    }

    private static double seconds(Run run) {
        if (run.started() == null) {
            return 0;
        }
        return Duration.between(run.started(), run.ended() == null ? Instant.now() : run.ended()).toMillis() / 1000.0;
    }

    private static long runId(List<String> words, String command) {
        if (words.size() != 2 || !words.get(1).matches("\\d+")) {
            usage("usage: dossier " + command + " RUN (a run's number, as dossier runs lists them)");
        }
        return Long.parseLong(words.get(1));
    }

    private static String option(List<String> options, String name, String fallback) {
        String prefix = "--" + name + "=";
        return options.stream().filter(o -> o.startsWith(prefix)).map(o -> o.substring(prefix.length()))
                .reduce((a, b) -> b).orElse(fallback);
    }

    private static int limit(String value) {
        if (!value.matches("\\d{1,4}") || Integer.parseInt(value) == 0) {
            usage("--limit must be a number of runs from 1 to 9999, was '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    /** Whether a cluster node reports its health within two seconds. */
    private static boolean answers(URI node) {
        return ClusterHealth.answers(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), node,
                Duration.ofSeconds(2));
    }

    private static String csvField(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static int usage(String message) {
        System.err.println("dossier: " + message);
        System.exit(2);
        return 2;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
