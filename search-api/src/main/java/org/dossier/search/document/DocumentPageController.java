package org.dossier.search.document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.dossier.config.domain.Figure;
import org.dossier.config.domain.NameKey;
import org.dossier.search.figure.FigureLabels;
import org.dossier.search.system.NotFoundException;

/**
 * A document's page: its text with people, organisations, places and figures marked, lists of
 * each, and its original file to download.
 */
@Controller
class DocumentPageController {

    private final DocumentReader documents;
    private final OriginalFiles originals;

    DocumentPageController(DocumentReader documents, OriginalFiles originals) {
        this.documents = documents;
        this.originals = originals;
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable String id, Model model) {
        DocumentDetail doc = documents.read(id);
        List<TextSegments.Mark> marks = new ArrayList<>();
        for (DocumentDetail.MentionSpan mention : doc.mentions()) {
            String href = mention.entityId() == null ? null : "/entities/" + mention.entityId();
            marks.add(new TextSegments.Mark(mention.start(), mention.end(),
                    mention.type().toLowerCase(Locale.ROOT), href, typeName(mention.type())));
        }
        for (Figure figure : doc.figures()) {
            marks.add(new TextSegments.Mark(figure.start(), figure.end(), "figure", null,
                    figure.type() + ": " + FigureLabels.value(figure)));
        }
        model.addAttribute("doc", doc);
        model.addAttribute("original", originals.describe(doc));
        model.addAttribute("textHtml", TextSegments.html(doc.text() == null ? "" : doc.text(), marks));
        model.addAttribute("named", named(doc.mentions()));
        model.addAttribute("figures", doc.figures().stream()
                .map(f -> new FigureLine(f.type(), f.text(), FigureLabels.value(f))).toList());
        return "document/page";
    }

    /**
     * The file the document was read from, to save: never shown in the browser (an HTML page from
     * the corpus would run as ours), with its recorded type unless that is one a browser renders.
     */
    @GetMapping("/documents/{id}/original")
    ResponseEntity<Resource> original(@PathVariable String id) {
        DocumentDetail doc = documents.read(id);
        OriginalFiles.Original original = originals.describe(doc);
        Path path = originals.locate(doc).orElseThrow(() -> new NotFoundException("The original of \"" + doc.title()
                + "\" is not on this server as a file" + (original.address() != null ? "; it was read from "
                + original.address() : ", or it changed after it was read") + "."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(OriginalFiles.servedType(original.contentType())))
                .contentLength(original.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(original.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .body(new FileSystemResource(path));
    }

    /** Who and what the document names, most mentioned first: one line per entity, or per place. */
    private static List<Named> named(List<DocumentDetail.MentionSpan> mentions) {
        Map<String, Named> byKey = new LinkedHashMap<>();
        for (DocumentDetail.MentionSpan mention : mentions) {
            String key = mention.entityId() != null ? mention.entityId()
                    : NameKey.key(mention.type(), mention.text().toLowerCase(Locale.ROOT));
            byKey.merge(key, new Named(mention.type(), mention.text(), mention.entityId(), 1),
                    (a, b) -> new Named(a.type(), a.text(), a.entityId(), a.count() + 1));
        }
        return byKey.values().stream()
                .sorted(Comparator.comparing(Named::type).thenComparing(Named::count, Comparator.reverseOrder()))
                .toList();
    }

    private static String typeName(String type) {
        return switch (type) {
            case "PERSON" -> "person";
            case "ORGANIZATION" -> "organisation";
            default -> "place";
        };
    }

    record Named(String type, String text, String entityId, int count) {
    }

    record FigureLine(String type, String text, String value) {
    }
}
