package org.dossier.resolve.state;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dossier.resolve.group.NameGroups;
import org.dossier.resolve.io.Binary;
import org.dossier.resolve.mention.MentionReader;

/**
 * What a resolve run leaves for the next, so that the next reads only the documents indexed
 * since: the documents read, each with its version; the corpus's survey of its names' types and
 * concepts; the names as built from them; and the dates of the documents with names. A run adds
 * its new documents to it and gets the names it would get by reading every document again (see
 * {@link NameGroups#writeTo}). Kept as a file: it is read and written whole, once a run.
 */
public final class ResolveState {

    private static final Logger log = LoggerFactory.getLogger(ResolveState.class);
    /** The file's first int: a file of another format is not read (the run reads every document). */
    private static final int FORMAT = 0x52530004;

    private final MentionReader.Listing documents;
    private final MentionReader.Survey survey;
    private final NameGroups names;
    private final Map<String, Instant> dates;

    public ResolveState(MentionReader.Listing documents, MentionReader.Survey survey, NameGroups names,
                        Map<String, Instant> dates) {
        this.documents = documents;
        this.survey = survey;
        this.names = names;
        this.dates = dates;
    }

    /** The documents the run that kept this state read, with their versions. */
    public MentionReader.Listing documents() {
        return documents;
    }

    public MentionReader.Survey survey() {
        return survey;
    }

    public NameGroups names() {
        return names;
    }

    public Map<String, Instant> dates() {
        return dates;
    }

    /**
     * The documents of {@code now} not read yet, in id order; empty (no result) when a document
     * read before is gone or was indexed again, or the indices were made again: only reading
     * every document is then right.
     */
    public Optional<List<String>> unread(MentionReader.Listing now) {
        if (!now.indices().equals(documents.indices())) {
            return Optional.empty();
        }
        List<String> unread = new ArrayList<>();
        List<String> read = documents.ids();
        int at = 0;
        for (int i = 0; i < now.ids().size(); i++) {
            String id = now.ids().get(i);
            int order = at < read.size() ? id.compareTo(read.get(at)) : -1;
            if (order > 0) {
                // A document read before is not in the index now.
                return Optional.empty();
            }
            if (order < 0) {
                unread.add(id);
            } else {
                if (now.versions()[i] != documents.versions()[at]) {
                    return Optional.empty();
                }
                at++;
            }
        }
        return at == read.size() ? Optional.of(unread) : Optional.empty();
    }

    /** Writes the state to {@code file}, whole or not at all. */
    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(written), 1 << 16))) {
                out.writeInt(FORMAT);
                Binary.writeString(out, documents.indices());
                Binary.writeStrings(out, documents.ids());
                for (long version : documents.versions()) {
                    out.writeLong(version);
                }
                survey.writeTo(out);
                out.writeInt(dates.size());
                for (Map.Entry<String, Instant> date : dates.entrySet()) {
                    Binary.writeString(out, date.getKey());
                    out.writeLong(date.getValue().getEpochSecond());
                    out.writeInt(date.getValue().getNano());
                }
                names.writeTo(out);
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the names resolved to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The survey of the state in {@code file} alone, which is all that giving the mentions their
     * entities needs of it; empty when there is none or it cannot be read.
     */
    public static Optional<MentionReader.Survey> readSurvey(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            Binary.readString(in);
            int documents = Binary.readStrings(in).size();
            in.skipNBytes(8L * documents);
            return Optional.of(MentionReader.Survey.readFrom(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The state in {@code file}; empty when there is none or it cannot be read (the run then reads every document). */
    public static Optional<ResolveState> read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != FORMAT) {
                log.warn("{} is of another format: every document is read again", file);
                return Optional.empty();
            }
            String indices = Binary.readString(in);
            List<String> ids = Binary.readStrings(in);
            long[] versions = new long[ids.size()];
            for (int i = 0; i < versions.length; i++) {
                versions[i] = in.readLong();
            }
            MentionReader.Survey survey = MentionReader.Survey.readFrom(in);
            int count = in.readInt();
            Map<String, Instant> dates = new HashMap<>(Math.max(4, count * 4 / 3 + 1));
            for (int i = 0; i < count; i++) {
                dates.put(Binary.readString(in), Instant.ofEpochSecond(in.readLong(), in.readInt()));
            }
            return Optional.of(new ResolveState(new MentionReader.Listing(indices, ids, versions), survey,
                    NameGroups.readFrom(in), dates));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not read {} ({}): every document is read again", file, e.toString());
            return Optional.empty();
        }
    }
}
