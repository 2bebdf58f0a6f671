package org.dossier.search.entity;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.dossier.config.domain.EntityRecord;
import org.dossier.search.query.DocumentQuery;
import org.dossier.search.query.DocumentSearch;
import org.dossier.search.query.Params;
import org.dossier.search.query.SearchPage;

/** {@code /api/entities}: people and organisations by name, and each one's profile and documents. */
@RestController
@Tag(name = "entities")
class EntityController {

    private final EntitySearch search;
    private final EntityProfile profiles;
    private final DocumentSearch documents;

    EntityController(EntitySearch search, EntityProfile profiles, DocumentSearch documents) {
        this.search = search;
        this.profiles = profiles;
        this.documents = documents;
    }

    @GetMapping("/api/entities")
    @Operation(summary = "People and organisations by name or alias, by prefix and despite typos; "
            + "without q, the most mentioned")
    EntitySearch.EntityList entities(
            @Parameter(description = "A name or its beginning") @RequestParam(required = false) String q,
            @Parameter(description = "PERSON or ORGANIZATION") @RequestParam(required = false) String type,
            @Parameter(description = "1 to 100, default 20") @RequestParam(required = false) String size) {
        return search.search(q, type, Params.size(size, 20));
    }

    @GetMapping("/api/entities/{id}")
    @Operation(summary = "An entity's profile: aliases, counts, co-mentioned entities, a monthly timeline, figures "
            + "in its documents. A merged id redirects (308) to the entity it was merged into.")
    ResponseEntity<EntityProfile.Profile> entity(@PathVariable String id) {
        EntityProfile.Profile profile = profiles.profile(id);
        if (profile.entity().redirectTo() != null) {
            return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
                    .location(URI.create("/api/entities/" + profile.entity().redirectTo())).build();
        }
        return ResponseEntity.ok(profile);
    }

    @GetMapping("/api/entities/{id}/documents")
    @Operation(summary = "The documents that mention an entity, newest first; follow 'cursor' for more")
    SearchPage documents(@PathVariable String id,
                         @Parameter(description = "1 to 100, default 20") @RequestParam(required = false) String size,
                         @RequestParam(required = false) String cursor) {
        EntityRecord entity = profiles.entry(id);
        String current = entity.redirectTo() != null ? entity.redirectTo() : id;
        DocumentQuery query = DocumentQuery.of("", Params.size(size, 20)).withEntities(java.util.List.of(current))
                .withCursor(cursor);
        return documents.search(query);
    }
}
