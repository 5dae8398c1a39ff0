package uk.attest.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of the database, so a test can cut the service off its database (every open
 * connection reset, new ones refused) and put it back, without touching the shared server.
 */
final class TcpProxy implements AutoCloseable {
  private final int port;
  private final String targetHost;
  private final int targetPort;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket listening;

  TcpProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      this.port = probe.getLocalPort();
    }
    connect();
  }

  int port() {
    return port;
  }

  /** Accepts connections again, as a database that is back. */
  synchronized void connect() throws IOException {
    if (listening != null) {
      return;
    }
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    listening = server;
    daemon("proxy-accept", () -> accept(server));
  }

  /** Resets every open connection and refuses new ones, as a database that has gone away. */
  synchronized void cut() throws IOException {
    if (listening != null) {
      listening.close();
      listening = null;
    }
    for (Socket socket : open) {
      try {
        socket.setSoLinger(true, 0); // reset, not a polite close
        socket.close();
      } catch (IOException ignored) {
        // already gone
      }
    }
    open.clear();
  }

  private void accept(ServerSocket server) {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket target = new Socket(targetHost, targetPort);
        open.add(client);
        open.add(target);
        pipe(client, target);
        pipe(target, client);
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void pipe(Socket from, Socket to) {
    daemon(
        "proxy-pipe",
        () -> {
          byte[] buffer = new byte[16 * 1024];
          try (InputStream in = from.getInputStream();
              OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
              out.write(buffer, 0, n);
              out.flush();
            }
          } catch (IOException closed) {
            // one side went away: close both
          } finally {
            closeQuietly(from);
            closeQuietly(to);
          }
        });
  }

  private static void daemon(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    cut();
  }
}
