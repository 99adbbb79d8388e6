package org.cadre.web.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTPS requests to the integration-test server from a loopback address of the test's choosing
 * (127.0.0.2, 127.0.0.3...), so that tests of what the server does per client address do not
 * disturb the other tests, which all come from 127.0.0.1. Java's HTTP client cannot choose its
 * local address, hence this small HTTP/1.1 client.
 */
final class FromAddress {

  /** An answer: status, headers by lower-case name, body. */
  record Answer(int status, Map<String, List<String>> headers, byte[] body) {

    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : values.get(0);
    }

    List<String> headers(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final InetAddress local;

  FromAddress(String localAddress) {
    try {
      this.local = InetAddress.getByName(localAddress);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Answer get(String path, Map<String, String> headers) {
    return send("GET", path, headers, null);
  }

  Answer post(String path, Map<String, String> headers, String contentType, String body) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", contentType);
    return send("POST", path, all, body.getBytes(StandardCharsets.UTF_8));
  }

  private Answer send(String method, String path, Map<String, String> headers, byte[] body) {
    try (Socket socket =
        ItServer.trust()
            .getSocketFactory()
            .createSocket(InetAddress.getByName("127.0.0.1"), ItServer.httpsPort(), local, 0)) {
      StringBuilder head = new StringBuilder();
      head.append(method).append(" /").append(path).append(" HTTP/1.1\r\n");
      head.append("Host: localhost:").append(ItServer.httpsPort()).append("\r\n");
      head.append("Connection: close\r\n");
      headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      if (body != null) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
    String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers
          .computeIfAbsent(
              lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).strip());
    }
    byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
    return new Answer(status, headers, encoding.contains("chunked") ? unchunk(body) : body);
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
      String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int length = Integer.parseInt(size.split(";")[0].strip(), 16);
      if (length == 0) {
        return out.toByteArray();
      }
      out.write(chunked, lineEnd + 2, length);
      at = lineEnd + 2 + length + 2;
    }
  }

  private static int indexOf(byte[] data, byte[] what, int from) {
    outer:
    for (int i = from; i <= data.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (data[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("malformed answer");
  }
}
