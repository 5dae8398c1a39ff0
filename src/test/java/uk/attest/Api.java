package uk.attest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the API tests: real requests to the running service, signed in as one
 * account when it carries an Authorization header (see {@link #as} and {@link #token}).
 */
public final class Api {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http;
  private final String base;
  private final String authorization;

  public Api(int port) {
    this(HttpClient.newHttpClient(), "http://localhost:" + port, null);
  }

  private Api(HttpClient http, String base, String authorization) {
    this.http = http;
    this.base = base;
    this.authorization = authorization;
  }

  /** The same service, with every request sending this Authorization header (null: none). */
  public Api as(String authorization) {
    return new Api(http, base, authorization);
  }

  /** The Authorization header this client sends, or null. */
  public String authorization() {
    return authorization;
  }

  /** An HTTP Basic Authorization header. */
  public static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Signs in with HTTP Basic and returns the "Bearer …" header of a new token, so the tests do not
   * pay for a password check on every request.
   */
  public String token(String username, String password) {
    Response r =
        as(basic(username, password))
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                    .POST(HttpRequest.BodyPublishers.noBody()));
    if (r.status() != 201) {
      throw new IllegalStateException(
          "signing in as " + username + " gave " + r.status() + ": " + r.body());
    }
    return "Bearer " + r.json().get("token").asString();
  }

  public record Response(int status, String body, java.net.http.HttpHeaders headers) {
    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  /** A file part of a multipart upload. */
  public record Part(String name, String fileName, String contentType, byte[] bytes) {
    public static Part file(String fileName, String contentType, byte[] bytes) {
      return new Part("files", fileName, contentType, bytes);
    }

    public static Part text(String fileName, String text) {
      return file(fileName, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  public Response delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
  }

  public Response patch(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public Response post(String path, String json) {
    return post(path, "application/json", json);
  }

  /** A JSON post with an Idempotency-Key. */
  public Response postWithKey(String path, String json, String idempotencyKey) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /** A JSON post with extra headers, name then value. */
  public Response postWithHeaders(String path, String json, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  public Response post(String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** A multipart upload: a "metadata" JSON part and file parts; key may be null. */
  public Response upload(String learnerId, String key, String metadata, Part... files) {
    return multipart("/api/learners/" + learnerId + "/evidence", key, metadata, files);
  }

  /** A multipart post to a path: a "metadata" JSON part and file parts; key may be null. */
  public Response multipart(String path, String key, String metadata, Part... files) {
    String boundary = "attest-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      if (metadata != null) {
        part(
            body,
            boundary,
            "metadata",
            null,
            "application/json",
            metadata.getBytes(StandardCharsets.UTF_8));
      }
      for (Part p : files) {
        part(body, boundary, p.name(), p.fileName(), p.contentType(), p.bytes());
      }
      body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return send(request);
  }

  private static void part(
      ByteArrayOutputStream out,
      String boundary,
      String name,
      String fileName,
      String type,
      byte[] bytes)
      throws IOException {
    StringBuilder head =
        new StringBuilder(
            "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"");
    if (fileName != null) {
      head.append("; filename=\"").append(fileName).append('"');
    }
    head.append("\r\n");
    if (type != null) {
      head.append("Content-Type: ").append(type).append("\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private HttpRequest signed(HttpRequest.Builder request) {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request.build();
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> r = http.send(signed(request), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(
          r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r.headers());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public byte[] bytes(String path) {
    try {
      return http.send(
              signed(HttpRequest.newBuilder(URI.create(base + path)).GET()),
              HttpResponse.BodyHandlers.ofByteArray())
          .body();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
