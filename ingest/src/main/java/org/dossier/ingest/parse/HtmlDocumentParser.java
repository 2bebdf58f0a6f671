package org.dossier.ingest.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.dossier.ingest.extract.ArticleExtractor;

/**
 * Text and metadata of an HTML page, with jsoup. The text is the article the page carries,
 * found by {@link ArticleExtractor}, without menus, teasers and comments; the metadata comes
 * from {@link PageMetadata}.
 */
public class HtmlDocumentParser {

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final EncodingDetector declaredCharset = new HtmlEncodingDetector();
    private final EncodingDetector guessed = new CompositeEncodingDetector(
            List.of(new UniversalEncodingDetector(), new Icu4jEncodingDetector()));
    private final int maxTextLength;

    public HtmlDocumentParser(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    /**
     * {@code address} is where the page came from: its own URL, or the file's URI. The charset
     * is the one the page declares, else the one its bytes suggest: many pages in windows-1252 or
     * Shift_JIS say nothing about it.
     */
    public ParsedDocument parse(InputStream in, String address) throws IOException {
        byte[] bytes = in.readAllBytes();
        if (isBinary(bytes)) {
            throw new UnreadableDocumentException("binary data in a file named like a web page, not HTML");
        }
        Charset charset = charset(bytes);
        Document page = Jsoup.parse(new ByteArrayInputStream(bytes), charset == null ? null : charset.name(), address);
        String text = text(page);
        boolean truncated = text.length() > maxTextLength;
        return new ParsedDocument(truncated ? text.substring(0, maxTextLength) : text, "text/html",
                PageMetadata.of(page, address), truncated);
    }

    /**
     * The charset the page declares (BOM or meta tag); else UTF-8 if the bytes are valid UTF-8;
     * else the statistical guess, Latin-1 read as windows-1252 as browsers do.
     */
    private Charset charset(byte[] bytes) throws IOException {
        Charset declared = declaredCharset.detect(new ByteArrayInputStream(bytes), new Metadata());
        if (declared != null) {
            return declared;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            Charset guess = guessed.detect(new ByteArrayInputStream(bytes), new Metadata());
            return guess == null || guess.name().equals("ISO-8859-1") || guess.name().equals("US-ASCII")
                    ? Charset.forName("windows-1252") : guess;
        }
    }

    /** Control characters, beyond a stray few, mean bytes that were never text (UTF-16 with its BOM aside). */
    private static boolean isBinary(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return false;
        }
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x09 || b > 0x0d && b < 0x20 && b != 0x1b) {
                control++;
            }
        }
        return control > sample / 100;
    }

    private String text(Document page) {
        String article = extractor.extract(page);
        // A page with no prose block (a list, a form) still has its words.
        return article.isEmpty() && page.body() != null ? page.body().text() : article;
    }
}
