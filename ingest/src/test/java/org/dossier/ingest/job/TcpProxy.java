package org.dossier.ingest.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay to a server, which a test can cut and restore: the server then looks gone to
 * whoever talks through the relay (connections reset, new ones refused), as when it stops;
 * or lose the answer to one request the server took.
 */
final class TcpProxy implements AutoCloseable {

    private final String host;
    private final int targetPort;
    private final int port;
    private static final String BULK = "POST /_bulk";

    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger bulks = new AtomicInteger();
    private volatile int bulksAllowed = Integer.MAX_VALUE;
    private volatile int bulkWithoutAnswer = -1;
    private volatile ServerSocket server;

    TcpProxy(String host, int targetPort) throws IOException {
        this.host = host;
        this.targetPort = targetPort;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        }
        open();
    }

    int port() {
        return port;
    }

    /** Starts relaying on the proxy's port. */
    synchronized void open() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = socket;
        Thread acceptor = new Thread(() -> accept(socket), "proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Relays this many bulk requests, then cuts as the next one begins: the server dies mid-write. */
    void cutAtBulk(int allowed) {
        bulksAllowed = allowed;
    }

    /**
     * Relays the given bulk request (counted from 1) but not its answer: the server writes it, and
     * the connection is cut as the answer comes back, as when the network fails at that moment.
     */
    void loseAnswerOfBulk(int bulk) {
        bulkWithoutAnswer = bulk;
    }

    /** Drops every connection and refuses new ones. */
    synchronized void cut() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket target = new Socket(host, targetPort);
                sockets.add(client);
                sockets.add(target);
                AtomicBoolean loseAnswer = new AtomicBoolean();
                requests(client, target, loseAnswer);
                answers(target, client, loseAnswer);
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Relays a client's requests, counting bulk requests, and cuts when one too many begins. */
    private void requests(Socket from, Socket to, AtomicBoolean loseAnswer) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[8192];
                String tail = "";
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    String seen = tail + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                    for (int at = seen.indexOf(BULK); at >= 0; at = seen.indexOf(BULK, at + 1)) {
                        if (at + BULK.length() <= tail.length()) {
                            continue;
                        }
                        int bulk = bulks.incrementAndGet();
                        if (bulk > bulksAllowed) {
                            cut();
                            return;
                        }
                        if (bulk == bulkWithoutAnswer) {
                            loseAnswer.set(true);
                        }
                    }
                    tail = seen.substring(Math.max(0, seen.length() - BULK.length() + 1));
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // the other side closed, or the proxy was cut
            } finally {
                closeBoth(from, to);
            }
        }, "proxy-requests");
        thread.setDaemon(true);
        thread.start();
    }

    /** Relays the server's answers, unless one is to be lost: then the connection closes as it comes. */
    private static void answers(Socket from, Socket to, AtomicBoolean loseAnswer) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0 && !loseAnswer.get(); ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // the other side closed, or the proxy was cut
            } finally {
                closeBoth(from, to);
            }
        }, "proxy-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeBoth(Socket from, Socket to) {
        try {
            to.close();
            from.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
