package org.dossier.config.store;

import java.io.IOException;
import java.net.InetAddress;

/**
 * A process on a host, as runs and locks record who holds them. Only the host itself can tell
 * whether the process still lives; from elsewhere it counts as alive.
 */
public record ProcessOwner(long pid, String host) {

    public static ProcessOwner current() {
        return new ProcessOwner(ProcessHandle.current().pid(), localHost());
    }

    public boolean isAlive() {
        if (!host.equals(localHost())) {
            return true;
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
