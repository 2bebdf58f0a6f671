package org.dossier.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

import org.dossier.config.domain.DocumentMetadata;

/**
 * Text and metadata of PDF, DOCX and every other format Tika reads. Paged and word-processor
 * formats are reports; plain text, mail and the rest are "other". The running headers, footers
 * and page numbers of paged formats are left out (see {@link RunningLines}).
 */
public class TikaDocumentParser {

    private static final Pattern REPORT_TYPES = Pattern.compile(
            "application/(pdf|msword|rtf|vnd\\.openxmlformats-officedocument\\.wordprocessingml|vnd\\.oasis\\.opendocument\\.text)");

    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxTextLength;

    public TikaDocumentParser(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    public ParsedDocument parse(InputStream in, Metadata metadata) throws IOException {
        StringWriter out = new StringWriter();
        BodyContentHandler handler = new BodyContentHandler(new PageBreaks(new WriteOutContentHandler(out, maxTextLength)));
        boolean truncated = false;
        try {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (SAXException e) {
            // Past the text limit we keep what was read; anything else is unreadable.
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableDocumentException("unreadable content: " + e.getMessage(), e);
            }
            truncated = true;
        } catch (TikaException e) {
            throw new UnreadableDocumentException(describe(e, metadata.get(Metadata.CONTENT_TYPE)), e);
        }
        String contentType = metadata.get(Metadata.CONTENT_TYPE);
        String text = out.toString();
        if (text.indexOf(PageBreaks.MARK) >= 0) {
            text = RunningLines.remove(List.of(text.split(String.valueOf(PageBreaks.MARK), -1)));
        }
        return new ParsedDocument(text, contentType, new DocumentMetadata(
                metadata.get(TikaCoreProperties.TITLE),
                List.of(metadata.getValues(TikaCoreProperties.CREATOR)),
                PublicationDates.parse(metadata.get(TikaCoreProperties.CREATED)).orElse(null),
                null,
                metadata.get(TikaCoreProperties.PUBLISHER),
                contentType != null && REPORT_TYPES.matcher(contentType).find() ? DocumentMetadata.REPORT : DocumentMetadata.OTHER,
                pages(metadata)), truncated);
    }

    private static Integer pages(Metadata metadata) {
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        return pages != null ? pages : metadata.getInt(Office.PAGE_COUNT);
    }

    /** The innermost cause names the damage ("Page tree root must be a dictionary"); Tika's wrapper does not. */
    private static String describe(TikaException e, String contentType) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "unreadable " + (contentType == null ? "file" : contentType) + ": " + detail;
    }
}
