package org.dossier.search.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/documents/{id}}: a document's text with its mentions and figures. */
@RestController
@Tag(name = "documents")
class DocumentController {

    private final DocumentReader documents;

    DocumentController(DocumentReader documents) {
        this.documents = documents;
    }

    @GetMapping("/api/documents/{id}")
    @Operation(summary = "A document's text, with its mentions and figures as offsets into the text")
    DocumentDetail document(@PathVariable String id) {
        return documents.read(id);
    }
}
