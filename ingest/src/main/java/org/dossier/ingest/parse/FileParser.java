package org.dossier.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.springframework.batch.item.ItemProcessor;

import org.dossier.config.domain.ContentHash;
import org.dossier.config.domain.DocumentRecord;
import org.dossier.ingest.source.SourceFile;
import org.dossier.ingest.source.SourceItem;

/**
 * Turns a file into documents: HTML through jsoup, everything else through Tika, within the
 * {@link ReadLimits}. The files inside it (attachments, archive members) become documents of
 * their own, linked to the one they came in; their place is the file's followed by
 * {@code !/path/inside}. A file without text, too large, too slow to parse or unreadable raises
 * {@link UnreadableDocumentException} with the reason.
 */
public class FileParser implements ItemProcessor<SourceFile, ReadFile> {

    private static final Pattern HTML = Pattern.compile("text/html|application/xhtml\\+xml");

    private final Tika detector = new Tika();
    private final HtmlDocumentParser html;
    private final TikaDocumentParser tika;
    private final ReadLimits limits;
    private final Clock clock;
    /** Parses run here so that one stuck on hostile input can be abandoned; daemons never keep the JVM up. */
    private final ExecutorService parsers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "parser");
        thread.setDaemon(true);
        return thread;
    });

    public FileParser(ReadLimits limits, Clock clock) {
        this.html = new HtmlDocumentParser(limits.maxTextLength());
        this.tika = new TikaDocumentParser(limits.maxTextLength());
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public ReadFile process(SourceFile file) throws IOException {
        try {
            return read(file);
        } finally {
            if (file.temporary()) {
                Files.deleteIfExists(file.path());
            }
        }
    }

    private ReadFile read(SourceFile file) throws IOException {
        if (file.size() == 0) {
            throw new UnreadableDocumentException("empty file");
        }
        if (file.size() > limits.maxFileSize()) {
            throw new UnreadableDocumentException("too large: %s, over the %s limit (dossier.ingest.max-file-size)"
                    .formatted(megabytes(file.size()), megabytes(limits.maxFileSize())));
        }
        String type = type(file);
        ParsedDocument parsed = parseWithin(file, type);
        String text = parsed.text() == null ? "" : parsed.text().strip();
        if (text.isEmpty() && parsed.attachments().isEmpty()) {
            boolean scannable = type.equals("application/pdf") || type.startsWith("image/");
            throw new UnreadableDocumentException("no text found (" + type
                    + (scannable ? "; a scanned document needs OCR)" : ")"));
        }
        Instant now = clock.instant();
        DocumentRecord document = document(parsed, text, file.location(), type, file.size(), now);
        List<DocumentRecord> attachments = new ArrayList<>();
        List<ReadFile.Unread> unread = new ArrayList<>();
        collect(parsed, document.id(), file.location(), now, attachments, unread);
        return new ReadFile(document, List.copyOf(attachments), List.copyOf(unread));
    }

    /** A container without text of its own (a mail with an empty body) is known by what it holds. */
    private static DocumentRecord document(ParsedDocument parsed, String text, String source, String type, long size,
                                           Instant now) {
        if (text.isEmpty()) {
            text = String.join("\n", parsed.attachments().stream().map(ParsedDocument.Attachment::path).toList());
        }
        return DocumentRecord.read(ContentHash.of(text), source, text,
                parsed.contentType() == null ? type : parsed.contentType(),
                DocumentTitles.withTitle(parsed.metadata(), text, source), now, size, parsed.truncated());
    }

    /** Inner files with text become documents under {@code parentId}; those without (images, say) only pass on theirs. */
    private static void collect(ParsedDocument container, String parentId, String location, Instant now,
                                List<DocumentRecord> attachments, List<ReadFile.Unread> unread) {
        for (ParsedDocument.Attachment attachment : container.attachments()) {
            String source = location + "!" + attachment.path();
            if (attachment.content() == null) {
                unread.add(new ReadFile.Unread(source, attachment.failure()));
                continue;
            }
            ParsedDocument content = attachment.content();
            String text = content.text().strip();
            String holder = parentId;
            if (!text.isEmpty()) {
                long size = attachment.size() >= 0 ? attachment.size() : text.getBytes(StandardCharsets.UTF_8).length;
                DocumentRecord document = DocumentRecord.read(ContentHash.of(text), source, text,
                        content.contentType() == null ? "application/octet-stream" : content.contentType(),
                        DocumentTitles.withTitle(content.metadata(), text, source), now, size, content.truncated())
                        .insideOf(parentId);
                attachments.add(document);
                holder = document.id();
            }
            collect(content, holder, location, now, attachments, unread);
        }
    }

    /** The type the content shows; for a fetched page without a telling name, the server's word for it. */
    private String type(SourceFile file) throws IOException {
        String detected = detector.detect(file.path());
        if (file.contentType() != null && ("application/octet-stream".equals(detected) || "text/plain".equals(detected))) {
            String announced = file.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
            return announced.isEmpty() ? detected : announced;
        }
        return detected;
    }

    private ParsedDocument parseWithin(SourceFile file, String type) {
        Future<ParsedDocument> parse = parsers.submit(() -> parse(file, type));
        try {
            return parse.get(limits.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new UnreadableDocumentException("parse of %s timed out after %d s (dossier.ingest.parse-timeout)"
                    .formatted(type, limits.parseTimeout().toSeconds()), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            // Errors too (a parser's stack overflow on deep nesting) cost this file, never the run.
            throw new UnreadableDocumentException("parser failed on " + type + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            parse.cancel(true);
            throw new UnreadableDocumentException("interrupted while parsing", e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private ParsedDocument parse(SourceFile file, String type) {
        try (InputStream in = Files.newInputStream(file.path())) {
            if (HTML.matcher(type).matches()) {
                return html.parse(in, SourceItem.isWebAddress(file.location()) ? file.location()
                        : file.path().toUri().toString());
            }
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.temporary() ? "" : file.path().getFileName().toString());
            if (file.contentType() != null) {
                metadata.set(Metadata.CONTENT_TYPE, file.contentType());
            }
            return tika.parse(in, metadata, file.size());
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableDocumentException("could not read the file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // A parser's own bug on odd input costs this file, never the run.
            throw new UnreadableDocumentException("parser failed on " + type + ": " + e, e);
        }
    }
}
