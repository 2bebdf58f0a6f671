package org.dossier.search.search;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code GET /api/documents?q=...&size=...&cursor=...} */
@RestController
class DocumentSearchController {

    private final DocumentSearch search;

    DocumentSearchController(DocumentSearch search) {
        this.search = search;
    }

    @GetMapping("/api/documents")
    DocumentsResponse documents(@RequestParam(name = "q", required = false) String query,
                                @RequestParam(name = "size", defaultValue = "20") int size,
                                @RequestParam(name = "cursor", required = false) String cursor) {
        SearchPage page = search.search(new SearchRequest(query, size, cursor));
        String next = page.cursor() == null ? null : UriComponentsBuilder.fromPath("/api/documents")
                .queryParam("q", page.query()).queryParam("size", size).queryParam("cursor", page.cursor())
                .encode().build().toUriString();
        return new DocumentsResponse(page.query(), page.total(), page.hits(), page.cursor(), next);
    }

    /**
     * @param cursor pass it back as {@code cursor} for the next page; null on the last page
     * @param next the next page's address, or null on the last page
     */
    record DocumentsResponse(String query, long total, java.util.List<DocumentHit> hits, String cursor, String next) {
    }
}
