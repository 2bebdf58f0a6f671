package org.dossier.search.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import org.dossier.config.domain.FileName;

/**
 * The file a document was read from, offered to researchers as it is. Only the document's own
 * recorded source is ever served, and only while it is a regular file of the size that was read
 * (a file changed or replaced since is not the one the text came from); pages read from the web,
 * and files found inside others, are not on this server as files.
 */
@Component
class OriginalFiles {

    /** Types a browser would render or run; these go out as bytes to save, never as what they are. */
    private static final Pattern ACTIVE = Pattern.compile("html|xml|svg|javascript|ecmascript");

    /** What the document page says of the original, and whether it can be downloaded. */
    public record Original(String name, String contentType, long size, String address, boolean downloadable) {

        public String sizeText() {
            if (size < 1024) {
                return size + " bytes";
            }
            return size < 1024 * 1024 ? String.format(Locale.ROOT, "%.0f KB", size / 1024.0)
                    : String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
        }
    }

    Original describe(DocumentDetail doc) {
        String type = doc.contentType() == null ? "application/octet-stream" : doc.contentType().split(";")[0].strip();
        boolean web = isWebAddress(doc.source());
        return new Original(FileName.of(doc.source()), type, doc.size(), web ? doc.source() : null,
                locate(doc).isPresent());
    }

    Optional<Path> locate(DocumentDetail doc) {
        String source = doc.source();
        if (source == null || isWebAddress(source) || source.contains("!/") || doc.parent() != null) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(source);
            if (!path.isAbsolute() || !Files.isRegularFile(path) || !Files.isReadable(path)
                    || Files.size(path) != doc.size()) {
                return Optional.empty();
            }
            return Optional.of(path);
        } catch (InvalidPathException | IOException e) {
            return Optional.empty();
        }
    }

    /** The type to send: the recorded one, unless a browser would show or run it. */
    static String servedType(String contentType) {
        return ACTIVE.matcher(contentType.toLowerCase(Locale.ROOT)).find() ? "application/octet-stream" : contentType;
    }

    private static boolean isWebAddress(String source) {
        return source != null && (source.startsWith("http://") || source.startsWith("https://"));
    }
}
