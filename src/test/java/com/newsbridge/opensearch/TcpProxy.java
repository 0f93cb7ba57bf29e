package com.newsbridge.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on 127.0.0.1 in front of one OpenSearch node, to make the cluster "go away" and come back without
 * restarting it. Modes: {@link Mode#FORWARD}; {@link Mode#REFUSE} (the port is closed: connection refused, as for a
 * stopped cluster); {@link Mode#BLACKHOLE} (connections are accepted and never answered, as for a hung or unreachable
 * cluster). Changing the mode drops every open connection.
 */
final class TcpProxy implements AutoCloseable {

    enum Mode { FORWARD, REFUSE, BLACKHOLE }

    private final int port;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.REFUSE;
    private volatile ServerSocket server;

    TcpProxy(int targetPort) {
        this.port = OpenSearchTestCluster.freePort();
        this.targetPort = targetPort;
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    synchronized void mode(Mode newMode) {
        mode = newMode;
        dropConnections();
        if (newMode == Mode.REFUSE) {
            closeServer();
        } else if (server == null) {
            try {
                ServerSocket s = new ServerSocket();
                s.setReuseAddress(true);
                s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                server = s;
            } catch (IOException e) {
                throw new IllegalStateException("cannot listen on " + port, e);
            }
            ServerSocket s = server;
            Thread accept = new Thread(() -> acceptLoop(s), "proxy-accept-" + port);
            accept.setDaemon(true);
            accept.start();
        }
    }

    private void acceptLoop(ServerSocket s) {
        while (!s.isClosed()) {
            Socket client;
            try {
                client = s.accept();
            } catch (IOException e) {
                return;
            }
            open.add(client);
            if (mode == Mode.BLACKHOLE) {
                daemon(() -> drain(client), "proxy-blackhole");
                continue;
            }
            try {
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(upstream);
                daemon(() -> pipe(client, upstream), "proxy-up");
                daemon(() -> pipe(upstream, client), "proxy-down");
            } catch (IOException e) {
                close(client);
            }
        }
    }

    private static void drain(Socket socket) {
        try (InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[8192];
            while (in.read(buffer) >= 0) {
                // swallow the request, never answer
            }
        } catch (IOException ignored) {
            // dropped
        }
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] buffer = new byte[16384];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException ignored) {
            // one side closed
        } finally {
            close(from);
            close(to);
        }
    }

    private void dropConnections() {
        for (Socket s : open) {
            close(s);
        }
        open.clear();
    }

    private void closeServer() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing
            }
            server = null;
        }
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    private static void daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public synchronized void close() {
        mode = Mode.REFUSE;
        dropConnections();
        closeServer();
    }
}
