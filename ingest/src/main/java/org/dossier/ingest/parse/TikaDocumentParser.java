package org.dossier.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.apache.tika.sax.ToTextContentHandler;
import org.apache.tika.sax.WriteLimiter;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import org.dossier.config.domain.DocumentMetadata;

/**
 * Text and metadata of PDF, DOCX and every other format Tika reads, with the files inside them
 * (a mail's attachments, an archive's members, a file embedded in a report) read one by one
 * through Tika's {@link RecursiveParserWrapper}. Paged and word-processor formats are reports;
 * plain text, mail and the rest are "other". The running headers, footers and page numbers of
 * paged formats are left out (see {@link RunningLines}), and a PDF's lines are joined into
 * paragraphs, its headings, footnotes and table rows kept apart (see {@link PdfParagraphs}).
 *
 * <p>Against archive bombs: the text limit holds for a file and everything inside it together,
 * at most {@value #MAX_ATTACHMENTS} inner files are read, and an archive whose members claim
 * over {@value #MAX_EXPANSION} times its own size is refused.
 */
public class TikaDocumentParser {

    static final int MAX_ATTACHMENTS = 1000;
    /** The ratio of unpacked to packed size past which Tika itself suspects a zip bomb. */
    static final int MAX_EXPANSION = 100;
    private static final long SMALL_EXPANSION = 1 << 20;
    private static final String PDF = "application/pdf";
    private static final Pattern MARKDOWN = Pattern.compile("^text/(x-web-)?markdown");
    private static final Pattern REPORT_TYPES = Pattern.compile(
            "application/(pdf|msword|rtf|vnd\\.openxmlformats-officedocument\\.wordprocessingml|vnd\\.oasis\\.opendocument\\.text)");

    private final RecursiveParserWrapper parser = new RecursiveParserWrapper(new AutoDetectParser());
    private final int maxTextLength;

    public TikaDocumentParser(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    /**
     * Reads a file and what is inside it.
     *
     * @param size the file's size in bytes, against which members' sizes are checked
     */
    public ParsedDocument parse(InputStream in, Metadata metadata, long size) throws IOException {
        RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(new TextHandlers(maxTextLength),
                MAX_ATTACHMENTS);
        try {
            parser.parse(in, handler, metadata, context());
        } catch (SAXException e) {
            throw new UnreadableDocumentException("unreadable content: " + e.getMessage(), e);
        } catch (TikaException e) {
            throw new UnreadableDocumentException(describe(e, metadata.get(Metadata.CONTENT_TYPE)), e);
        }
        List<Metadata> parts = handler.getMetadataList();
        refuseBombs(parts, size);
        return tree(parts);
    }

    /**
     * Bold type drawn by printing each glyph twice, a hair apart, would read "PPaarrttyy":
     * PDFBox drops a glyph that overlaps the same glyph already on the page. The targets of a
     * page's links, which Tika writes out after the page's text (each as often as it is
     * linked), are left out: they are not the text, and they cut a paragraph running on
     * across the page break.
     */
    private static ParseContext context() {
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setSuppressDuplicateOverlappingText(true);
        pdf.setExtractAnnotationText(false);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    /** The wrapper lists the file first, then the files inside it; their id paths ("/1/3") say what holds what. */
    private static ParsedDocument tree(List<Metadata> parts) {
        markCut(parts);
        Map<String, List<Metadata>> inside = new LinkedHashMap<>();
        for (Metadata part : parts.subList(1, parts.size())) {
            String idPath = part.get(TikaCoreProperties.EMBEDDED_ID_PATH);
            String holder = idPath == null ? "" : idPath.substring(0, Math.max(0, idPath.lastIndexOf('/')));
            inside.computeIfAbsent(holder, k -> new ArrayList<>()).add(part);
        }
        return read(parts.get(0), "", inside);
    }

    private static ParsedDocument read(Metadata part, String idPath, Map<String, List<Metadata>> inside) {
        List<ParsedDocument.Attachment> attachments = new ArrayList<>();
        for (Metadata member : inside.getOrDefault(idPath, List.of())) {
            ParsedDocument content = read(member, member.get(TikaCoreProperties.EMBEDDED_ID_PATH), inside);
            String failure = member.get(TikaCoreProperties.EMBEDDED_EXCEPTION);
            String path = member.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
            Long size = length(member);
            attachments.add(failure != null && content.text().isBlank() && content.attachments().isEmpty()
                    ? new ParsedDocument.Attachment(path, -1, null, describe(failure, content.contentType()))
                    : new ParsedDocument.Attachment(path, size == null ? -1 : size, content, null));
        }
        String contentType = part.get(Metadata.CONTENT_TYPE);
        String text = part.get(TikaCoreProperties.TIKA_CONTENT);
        text = text == null ? "" : text;
        List<String> pages = List.of(text.split(String.valueOf(PageBreaks.MARK), -1));
        if (contentType != null && MARKDOWN.matcher(contentType).find()) {
            text = MarkdownText.of(text);
        } else if (contentType != null && contentType.startsWith(PDF)) {
            text = PdfParagraphs.of(RunningLines.kept(pages));
        } else if (pages.size() > 1) {
            text = RunningLines.remove(pages);
        }
        return new ParsedDocument(text, contentType, new DocumentMetadata(
                part.get(TikaCoreProperties.TITLE),
                List.of(part.getValues(TikaCoreProperties.CREATOR)),
                PublicationDates.parse(part.get(TikaCoreProperties.CREATED)).orElse(null),
                null,
                part.get(TikaCoreProperties.PUBLISHER),
                contentType != null && REPORT_TYPES.matcher(contentType).find() ? DocumentMetadata.REPORT : DocumentMetadata.OTHER,
                pages(part)), "true".equals(part.get(TikaCoreProperties.WRITE_LIMIT_REACHED)), attachments);
    }

    /**
     * The wrapper flags only the file when the text limit is reached; the part that was cut is
     * the last one begun (ids count up as parts begin) that has text, since those after it have none.
     */
    private static void markCut(List<Metadata> parts) {
        if (!"true".equals(parts.get(0).get(TikaCoreProperties.WRITE_LIMIT_REACHED))) {
            return;
        }
        parts.subList(1, parts.size()).stream()
                .filter(part -> part.get(TikaCoreProperties.TIKA_CONTENT) != null
                        && !part.get(TikaCoreProperties.TIKA_CONTENT).isBlank())
                .max(Comparator.comparingInt(part -> Objects.requireNonNullElse(part.getInt(TikaCoreProperties.EMBEDDED_ID), 0)))
                .ifPresent(part -> part.set(TikaCoreProperties.WRITE_LIMIT_REACHED, true));
    }

    /** The text limit already bounds the work; this names the cause instead of keeping a cut-off flood. */
    private static void refuseBombs(List<Metadata> parts, long size) {
        long unpacked = 0;
        for (Metadata part : parts.subList(1, parts.size())) {
            Long length = length(part);
            unpacked += length == null || length < 0 ? 0 : length;
        }
        if (unpacked > SMALL_EXPANSION && unpacked > MAX_EXPANSION * Math.max(size, 1)) {
            throw new UnreadableDocumentException(String.format(Locale.ROOT,
                    "suspected archive bomb: %.1f MB of content packed into %.1f MB", unpacked / 1048576.0, size / 1048576.0));
        }
    }

    private static Long length(Metadata metadata) {
        try {
            String length = metadata.get(Metadata.CONTENT_LENGTH);
            return length == null ? null : Long.valueOf(length.strip());
        } catch (NumberFormatException e) {
            return null;
        }
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

    /** An inner file's failure comes as a stack trace; its first line says what went wrong. */
    private static String describe(String stackTrace, String contentType) {
        String first = stackTrace.lines().findFirst().orElse("").strip();
        int colon = first.indexOf(": ");
        return "unreadable " + (contentType == null ? "file" : contentType.split(";")[0]) + ": "
                + (colon > 0 ? first.substring(colon + 2) : first);
    }

    /** Body text with page marks; the wrapper reads the limit and applies it to all the files together. */
    private record TextHandlers(int writeLimit) implements ContentHandlerFactory, WriteLimiter {

        @Override
        public ContentHandler getNewContentHandler() {
            return new BodyContentHandler(new PageBreaks(new ToTextContentHandler()));
        }

        @Override
        public ContentHandler getNewContentHandler(java.io.OutputStream os, java.nio.charset.Charset charset) {
            throw new UnsupportedOperationException("text is kept in memory");
        }

        @Override
        public int getWriteLimit() {
            return writeLimit;
        }

        @Override
        public boolean isThrowOnWriteLimitReached() {
            return false;
        }
    }
}
