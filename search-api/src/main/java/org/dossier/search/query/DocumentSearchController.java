package org.dossier.search.query;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code GET /api/documents}: search, filters, facets and deep paging. */
@RestController
@Tag(name = "documents")
class DocumentSearchController {

    private final DocumentSearch search;

    DocumentSearchController(DocumentSearch search) {
        this.search = search;
    }

    @GetMapping("/api/documents")
    @Operation(summary = "Search documents",
            description = "Matches are highlighted (HTML-escaped text, matches in <mark>). Facets come with the "
                    + "first page. Follow 'next' to read past 10,000 results; pages read one snapshot.")
    DocumentsResponse documents(@ParameterObject DocumentParams params, HttpServletRequest request) {
        SearchPage page = search.search(params.toQuery());
        String next = page.cursor() == null ? null : ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("cursor", page.cursor()).build().toUriString();
        return new DocumentsResponse(page.query(), page.total(), page.hits(), page.facets(), page.cursor(), next);
    }

    /**
     * @param cursor pass it back as {@code cursor} for the next page; null on the last page
     * @param next the next page's address, or null on the last page
     */
    record DocumentsResponse(String query, long total, List<DocumentHit> hits, Facets facets, String cursor,
                             String next) {
    }
}
