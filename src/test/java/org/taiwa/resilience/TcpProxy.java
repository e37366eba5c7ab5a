package org.taiwa.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a fixed local port to another local port, which a test can cut ({@link #close()}: refuses new
 * connections and drops open ones) and open again: a service becoming unreachable without stopping it for the
 * other tests that use it.
 */
final class TcpProxy implements AutoCloseable {

    private final int port;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    TcpProxy(int port, int target) {
        this.port = port;
        this.target = target;
    }

    /** Starts relaying (again). */
    synchronized void open() {
        try {
            var socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = socket;
            Thread.ofVirtual().start(() -> accept(socket));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + port, e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(upstream);
                Thread.ofVirtual().start(() -> pump(client, upstream));
                Thread.ofVirtual().start(() -> pump(upstream, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException dropped) {
            // either side went away
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /** Refuses new connections and drops the open ones, as a stopped or unreachable server would. */
    @Override
    public synchronized void close() {
        if (server != null) {
            closeQuietly(server);
            server = null;
        }
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
