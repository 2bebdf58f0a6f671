package org.dossier.search.runs;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.dossier.config.store.JobLock;
import org.dossier.config.store.JobNames;
import org.dossier.search.operations.ScheduledSources;
import org.dossier.search.query.BadSearchRequestException;

/** The runs pages: the latest runs with a form to start one, and a run with its steps and skips. */
@Controller
class RunsPageController {

    private static final int RUNS = 50;
    private static final int SKIPS_SHOWN = 500;

    private final RunHistory runs;
    private final RunLauncher launcher;
    private final AllowedSources allowed;
    private final ScheduledSources sources;

    RunsPageController(RunHistory runs, RunLauncher launcher, AllowedSources allowed, ScheduledSources sources) {
        this.runs = runs;
        this.launcher = launcher;
        this.allowed = allowed;
        this.sources = sources;
    }

    @GetMapping("/runs")
    String runs(Model model) {
        var latest = runs.latest(null, RUNS);
        model.addAttribute("runs", latest);
        model.addAttribute("anyRunning", latest.stream().anyMatch(r -> r.running() || r.awaitingCounts()));
        model.addAttribute("sources", sources.list());
        return "runs/list";
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, @RequestParam(required = false) String stage,
               @RequestParam(required = false) String q, Model model) {
        Run run = runs.one(id);
        model.addAttribute("run", run);
        model.addAttribute("stage", stage == null ? "" : stage);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("skips", runs.skips(id, stage, q, SKIPS_SHOWN));
        return "runs/run";
    }

    @PostMapping("/runs/start")
    String start(@RequestParam String job, @RequestParam(required = false) String source,
                 RedirectAttributes redirect) {
        try {
            long pid = launcher.start(job, JobNames.INGEST.equals(job) ? allowed.check(source) : null);
            redirect.addFlashAttribute("message", "Started a " + job + " run (process " + pid + "); it shows here "
                    + "once it begins.");
        } catch (JobLock.BusyException | BadSearchRequestException | RunLauncher.NotStartedException e) {
            redirect.addFlashAttribute("message", "Not started: " + e.getMessage() + ".");
        }
        return "redirect:/runs";
    }

    @PostMapping("/runs/{id}/stop")
    String stop(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", runs.requestStop(id) ? "Run " + id + " stops at its next chunk."
                : "Run " + id + " was not running.");
        return "redirect:/runs/" + id;
    }

    @PostMapping("/runs/{id}/restart")
    String restart(@PathVariable long id, RedirectAttributes redirect) {
        Run run = runs.one(id);
        if (!run.restartable()) {
            throw new BadSearchRequestException("run " + id + " is " + run.status() + "; only a failed or stopped "
                    + "run can be restarted");
        }
        try {
            long pid = launcher.start(run.job(), run.input());
            redirect.addFlashAttribute("message", "Restarted " + run.job() + " (process " + pid + ").");
        } catch (JobLock.BusyException | RunLauncher.NotStartedException e) {
            redirect.addFlashAttribute("message", "Not restarted: " + e.getMessage() + ".");
        }
        return "redirect:/runs";
    }
}
