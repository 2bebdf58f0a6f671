package org.dossier.config.devsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which process started the local server, kept beside its data ({@code owner}: the owner's pid,
 * then the server's). A process killed before it could stop its server leaves the record behind,
 * naming a dead owner and a live server: the next process takes that server over, so that it is
 * stopped after all. Read and written under the launcher's lock.
 */
final class ServerOwner {

    private static final String FILE = "owner";

    private ServerOwner() {
    }

    /** Records this process as the owner of the server {@code server}. */
    static void record(Path baseDir, ProcessHandle server) throws IOException {
        Files.write(baseDir.resolve(FILE), List.of(String.valueOf(ProcessHandle.current().pid()),
                String.valueOf(server.pid())));
    }

    /** Forgets the record, if it names this process. */
    static void forget(Path baseDir) {
        try {
            List<String> lines = Files.readAllLines(baseDir.resolve(FILE));
            if (!lines.isEmpty() && lines.get(0).strip().equals(String.valueOf(ProcessHandle.current().pid()))) {
                Files.deleteIfExists(baseDir.resolve(FILE));
            }
        } catch (IOException e) {
            // No record, or none to read: nothing to forget.
        }
    }

    /** A server still running whose owner has died, if the record names one. */
    static Optional<ProcessHandle> orphan(Path baseDir) {
        try {
            List<String> lines = Files.readAllLines(baseDir.resolve(FILE));
            if (lines.size() < 2) {
                return Optional.empty();
            }
            boolean ownerAlive = ProcessHandle.of(Long.parseLong(lines.get(0).strip())).map(ProcessHandle::isAlive)
                    .orElse(false);
            if (ownerAlive) {
                return Optional.empty();
            }
            // The pid may have been given to another program since: only an Elasticsearch is taken over.
            return ProcessHandle.of(Long.parseLong(lines.get(1).strip())).filter(ProcessHandle::isAlive)
                    .filter(ServerOwner::isElasticsearch);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether a process recorded here may still run the server: its owner, or the server itself, is alive. */
    static boolean recorded(Path baseDir) {
        try {
            for (String pid : Files.readAllLines(baseDir.resolve(FILE))) {
                if (ProcessHandle.of(Long.parseLong(pid.strip())).map(ProcessHandle::isAlive).orElse(false)) {
                    return true;
                }
            }
            return false;
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        } catch (IOException | NumberFormatException e) {
            // Unreadable: taken as alive, so that nothing in use is removed.
            return true;
        }
    }

    private static boolean isElasticsearch(ProcessHandle process) {
        String line = process.info().commandLine().orElse("")
                + process.descendants().map(p -> p.info().commandLine().orElse("")).toList();
        return line.contains("elasticsearch");
    }
}
