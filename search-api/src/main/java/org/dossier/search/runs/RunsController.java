package org.dossier.search.runs;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.dossier.config.store.JobNames;
import org.dossier.config.store.SkipEntry;
import org.dossier.search.query.BadSearchRequestException;

/** {@code /api/runs}: ingest and resolve runs, their skips, and starting, stopping and restarting them (operators). */
@RestController
@Tag(name = "runs")
class RunsController {

    static final int MAX_SKIPS = 100_000;

    private final RunHistory runs;
    private final RunLauncher launcher;
    private final AllowedSources allowed;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    RunsController(RunHistory runs, RunLauncher launcher, AllowedSources allowed,
                   com.fasterxml.jackson.databind.ObjectMapper json) {
        this.runs = runs;
        this.launcher = launcher;
        this.allowed = allowed;
        this.json = json;
    }

    @GetMapping("/api/runs")
    @Operation(summary = "The latest runs, newest first: status, times, read / written / skipped counts")
    List<Run> runs(@RequestParam(required = false) String job, @RequestParam(defaultValue = "50") int size) {
        if (size < 1 || size > 500) {
            throw new BadSearchRequestException("size must be between 1 and 500, was " + size);
        }
        return runs.latest(job, size);
    }

    @GetMapping("/api/runs/{id}")
    @Operation(summary = "A run with its steps")
    Run run(@PathVariable long id) {
        return runs.one(id);
    }

    @GetMapping("/api/runs/{id}/skips")
    @Operation(summary = "What a run skipped and why, by stage and words; format=csv downloads it")
    ResponseEntity<StreamingResponseBody> skips(@PathVariable long id, @RequestParam(required = false) String stage,
                            @RequestParam(required = false) String q,
                            @RequestParam(defaultValue = "json") String format) {
        runs.one(id);
        List<SkipEntry> skips = runs.skips(id, stage, q, MAX_SKIPS);
        if (format.equalsIgnoreCase("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(out -> json.writeValue(out, skips));
        }
        if (!format.equalsIgnoreCase("csv")) {
            throw new BadSearchRequestException("format must be json or csv, was '" + format + "'");
        }
        StreamingResponseBody body = out -> {
            try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader("run", "source", "item", "stage", "reason",
                    "skippedAt").get().print(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                for (SkipEntry skip : skips) {
                    csv.printRecord(skip.jobExecutionId(), skip.source(), skip.item(), skip.stage(), skip.reason(),
                            skip.skippedAt());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"run-" + id + "-skips.csv\"")
                .body(body);
    }

    /** @param source for ingest: a folder or URL list under the allowed roots, a feed URL, or a source's name */
    record StartRequest(String job, String source) {
    }

    @PostMapping("/api/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start an ingest or resolve run in a process of its own; it shows in /api/runs once it begins")
    Map<String, Object> start(@RequestBody StartRequest request) {
        String source = JobNames.INGEST.equals(request.job()) ? allowed.check(request.source()) : null;
        return Map.of("job", request.job(), "pid", launcher.start(request.job(), source));
    }

    @PostMapping("/api/runs/{id}/stop")
    @Operation(summary = "Ask a running run to stop at its next chunk")
    Run stop(@PathVariable long id) {
        Run run = runs.one(id);
        if (!runs.requestStop(id)) {
            throw new BadSearchRequestException("run " + id + " is " + run.status() + ", not running");
        }
        return runs.one(id);
    }

    @PostMapping("/api/runs/{id}/restart")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Run a failed or stopped run again: it goes on where it stopped")
    Map<String, Object> restart(@PathVariable long id) {
        Run run = runs.one(id);
        if (!run.restartable()) {
            throw new BadSearchRequestException("run " + id + " is " + run.status() + "; only a failed or stopped run "
                    + "can be restarted");
        }
        return Map.of("job", run.job(), "pid", launcher.start(run.job(), run.input()));
    }
}
