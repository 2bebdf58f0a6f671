package org.dossier.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.regex.Pattern;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.springframework.batch.item.ItemProcessor;

import org.dossier.config.domain.ContentHash;
import org.dossier.config.domain.DocumentRecord;
import org.dossier.ingest.source.SourceFile;

/**
 * Turns a file into a document: HTML through jsoup, everything else through Tika. A file
 * without text, or one that cannot be read, raises {@link UnreadableDocumentException}.
 */
public class DocumentReader implements ItemProcessor<SourceFile, DocumentRecord> {

    private static final Pattern HTML = Pattern.compile("text/html|application/xhtml\\+xml");

    private final Tika detector = new Tika();
    private final HtmlDocumentParser html = new HtmlDocumentParser();
    private final TikaDocumentParser tika;
    private final Clock clock;

    public DocumentReader(int maxTextLength, Clock clock) {
        this.tika = new TikaDocumentParser(maxTextLength);
        this.clock = clock;
    }

    @Override
    public DocumentRecord process(SourceFile file) throws IOException {
        if (file.size() == 0) {
            throw new UnreadableDocumentException("empty file");
        }
        String type = detector.detect(file.path());
        ParsedDocument parsed = parse(file, type);
        String text = parsed.text() == null ? "" : parsed.text().strip();
        if (text.isEmpty()) {
            throw new UnreadableDocumentException("no text found (" + type + "; a scanned document needs OCR)");
        }
        return DocumentRecord.read(
                ContentHash.of(text),
                file.path().toString(),
                blankToNull(parsed.title()),
                text,
                parsed.contentType() == null ? type : parsed.contentType(),
                parsed.published(),
                clock.instant(),
                file.size());
    }

    private ParsedDocument parse(SourceFile file, String type) {
        try (InputStream in = Files.newInputStream(file.path())) {
            if (HTML.matcher(type).matches()) {
                return html.parse(in, file.path().toUri().toString());
            }
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.path().getFileName().toString());
            return tika.parse(in, metadata);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableDocumentException("could not read the file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // A parser's own bug on odd input costs this file, never the run.
            throw new UnreadableDocumentException("parser failed on " + type + ": " + e, e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
