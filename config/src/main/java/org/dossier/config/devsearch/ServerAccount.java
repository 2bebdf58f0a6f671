package org.dossier.config.devsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The account the local server runs under. Elasticsearch refuses to run as root, so a root
 * process starts it as {@code nobody} through {@code setpriv}, on directories handed over to
 * that user; anyone else runs it as themselves.
 */
final class ServerAccount {

    private static final List<String> AS_NOBODY =
            List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups");

    private final boolean root;

    private ServerAccount(boolean root) {
        this.root = root;
    }

    static ServerAccount current() {
        try {
            return new ServerAccount(((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return new ServerAccount("root".equals(System.getProperty("user.name")));
        }
    }

    boolean isRoot() {
        return root;
    }

    /** The command that runs {@code command} as the server's account. */
    List<String> wrap(List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(AS_NOBODY);
        wrapped.addAll(command);
        return wrapped;
    }

    /** Hands {@code dir} over to the server's account; true when that account can then write in it. */
    boolean prepare(Path dir) {
        if (!root) {
            return Files.isWritable(dir);
        }
        return run(List.of("chown", "-R", "nobody:nogroup", dir.toString()))
                && run(wrap(List.of("test", "-w", dir.toString())));
    }

    private static boolean run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
