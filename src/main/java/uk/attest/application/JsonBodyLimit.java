package uk.attest.application;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A JSON request body on the API is read whole into memory, so it has a size limit, refused with
 * 413 before it is read: {@link #LIMIT} for every operation, except the learning platform's batches
 * and evidence bundles, which may carry transcripts. Uploads have multipart limits of their own
 * (UploadLimits).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class JsonBodyLimit extends OncePerRequestFilter {
  /** Far more than the largest request of fields at their maximum (Limits). */
  static final DataSize LIMIT = DataSize.ofMegabytes(1);

  /** A platform batch or an evidence bundle. */
  static final DataSize BATCH_LIMIT = DataSize.ofMegabytes(32);

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return !request.getRequestURI().startsWith("/api/")
        || type == null
        || type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    DataSize limit =
        request.getRequestURI().equals("/api/platform/evidence")
                || request.getRequestURI().equals("/api/assessments")
            ? BATCH_LIMIT
            : LIMIT;
    if (request.getContentLengthLong() > limit.toBytes()) {
      String size = UploadLimits.text(limit);
      response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Request too large\",\"status\":413,"
                  + "\"detail\":\"The body is larger than "
                  + size
                  + ", the limit for this operation; nothing was stored.\","
                  + "\"errors\":[{\"field\":\"body\",\"message\":\"must be at most "
                  + size
                  + "\"}]}");
      return;
    }
    chain.doFilter(request, response);
  }
}
