package org.dossier.search.figure;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.dossier.search.query.BadSearchRequestException;

/** {@code GET /api/figures}: money, counts, percentages and dates, filtered; and their export as CSV or JSON. */
@RestController
@Tag(name = "figures")
class FigureController {

    static final String[] COLUMNS = {"documentId", "title", "published", "site", "type", "text", "value", "valueMax",
        "currency", "unit", "counted", "qualifier", "period", "vague", "date", "start", "end", "label"};

    private final FigureSearch figures;
    private final ObjectMapper json;

    FigureController(FigureSearch figures, ObjectMapper json) {
        this.figures = figures;
        this.json = json;
    }

    @GetMapping("/api/figures")
    @Operation(summary = "Figures that pass the filters, newest documents first; follow 'cursor' for more")
    FigureSearch.FigurePage figures(@ParameterObject FigureParams params) {
        return figures.search(params.toQuery());
    }

    @GetMapping("/api/figures/export")
    @Operation(summary = "Every figure that passes the filters (up to 100,000), as CSV or JSON")
    ResponseEntity<StreamingResponseBody> export(@ParameterObject FigureParams params,
            @Parameter(description = "csv (default) or json") @RequestParam(defaultValue = "csv") String format) {
        FigureQuery query = params.toQuery().withCursor(null);
        String kind = format.strip().toLowerCase(Locale.ROOT);
        FigureQuery paged = new FigureQuery(query.filter(), query.entity(), query.from(), query.to(),
                FigureQuery.MAX_SIZE, null);
        if (!kind.equals("csv") && !kind.equals("json")) {
            throw new BadSearchRequestException("format must be csv or json, was '" + format + "'");
        }
        // Asked before the answer begins: once the body streams, a failure can no longer change its status.
        FigureSearch.FigurePage first = figures.search(paged);
        StreamingResponseBody body = kind.equals("csv")
                ? out -> writeCsv(paged, first, new OutputStreamWriter(out, StandardCharsets.UTF_8))
                : out -> writeJson(paged, first, json.getFactory().createGenerator(out));
        MediaType type = kind.equals("csv") ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : MediaType.APPLICATION_JSON;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"figures." + kind + "\"")
                .body(body);
    }

    private void writeCsv(FigureQuery query, FigureSearch.FigurePage first, Writer writer) throws IOException {
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get().print(writer)) {
            figures.export(query, first, row -> {
                try {
                    csv.printRecord(row.documentId(), row.title(), row.published(), row.site(), row.type(),
                            row.text(), row.value(), row.valueMax(), row.currency(), row.unit(), row.counted(),
                            row.qualifier(), row.period(), row.vague(), row.date(), row.start(), row.end(),
                            row.label());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private void writeJson(FigureQuery query, FigureSearch.FigurePage first, JsonGenerator out) throws IOException {
        try (out) {
            out.writeStartArray();
            figures.export(query, first, row -> {
                try {
                    json.writeValue(out, row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.writeEndArray();
        }
    }
}
