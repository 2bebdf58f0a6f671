package org.dossier.search.operations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/sources}: the sources file with each source's last and next run (operators). */
@RestController
@Tag(name = "runs")
class SourcesController {

    private final ScheduledSources sources;

    SourcesController(ScheduledSources sources) {
        this.sources = sources;
    }

    @GetMapping("/api/sources")
    @Operation(summary = "The named sources of the sources file, their schedules, last runs and next runs")
    ScheduledSources.Listing sources() {
        return sources.list();
    }
}
