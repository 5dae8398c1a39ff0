package uk.attest.application;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Context;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;

/**
 * Errors Tomcat answers itself, before Spring sees the request (a path with bad percent-encoding,
 * headers too large): on the API as problem details, on pages as Tomcat's plain report without
 * server details. Replaces the error report valve Spring Boot installs.
 */
public class ProblemErrorValve extends ErrorReportValve {
  public ProblemErrorValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    String uri = request.getCoyoteRequest().requestURI().toString();
    int status = response.getStatus();
    if (uri == null || !uri.startsWith("/api/") || status < 400) {
      super.report(request, response, throwable);
      return;
    }
    if (response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    String detail =
        status >= 500
            ? "Something went wrong; nothing of this request was stored."
            : "the request was refused before it reached Attest: "
                + (response.getMessage() == null || response.getMessage().isBlank()
                    ? title
                    : response.getMessage())
                + "; nothing was stored.";
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(
            "{\"type\":\"about:blank\",\"title\":"
                + quoted(title)
                + ",\"status\":"
                + status
                + ",\"detail\":"
                + quoted(detail)
                + "}");
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client went away or the response was already under way: nothing more to say.
    }
  }

  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** Installs the valve on the host, in place of Spring Boot's, after Boot's customizers ran. */
  @org.springframework.stereotype.Component
  static class Installer
      implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(Installer::install);
    }

    private static void install(Context context) {
      var pipeline = context.getParent().getPipeline();
      for (Valve valve : pipeline.getValves()) {
        if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorValve)) {
          pipeline.removeValve(valve);
        }
      }
      pipeline.addValve(new ProblemErrorValve());
      if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
        host.setErrorReportValveClass(ProblemErrorValve.class.getName());
      }
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
