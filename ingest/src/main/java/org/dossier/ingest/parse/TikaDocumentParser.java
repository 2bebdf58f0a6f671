package org.dossier.ingest.parse;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Text, title and date of PDF, DOCX and every other format Tika reads. */
public class TikaDocumentParser {

    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxTextLength;

    public TikaDocumentParser(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    public ParsedDocument parse(InputStream in, Metadata metadata) throws IOException {
        BodyContentHandler handler = new BodyContentHandler(maxTextLength);
        try {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (SAXException e) {
            // Past the text limit we keep what was read; anything else is unreadable.
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableDocumentException("unreadable content: " + e.getMessage(), e);
            }
        } catch (TikaException e) {
            throw new UnreadableDocumentException(describe(e, metadata.get(Metadata.CONTENT_TYPE)), e);
        }
        String published = metadata.get(TikaCoreProperties.CREATED);
        return new ParsedDocument(
                metadata.get(TikaCoreProperties.TITLE),
                handler.toString(),
                metadata.get(Metadata.CONTENT_TYPE),
                PublicationDates.parse(published).orElse(null));
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
