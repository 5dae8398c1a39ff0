package uk.attest.application;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one error page, worded by status: for errors no controller saw (Spring Boot asks this) and
 * for those a page controller threw (PageErrors asks it).
 */
@Component
class ErrorPages implements ErrorViewResolver {
  @Override
  public ModelAndView resolveErrorView(
      HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    return page(status, model);
  }

  static ModelAndView page(HttpStatusCode status, Map<String, Object> model) {
    Map<String, Object> words = new HashMap<>(model);
    words.put("title", title(status.value()));
    words.put("advice", advice(status.value()));
    return new ModelAndView("error", words, status);
  }

  static String title(int status) {
    return switch (status) {
      case 404 -> "Page not found";
      case 403 -> "You cannot do that here";
      case 413 -> "That file is too large";
      case 503 -> "Sorry, the service is unavailable";
      default ->
          status >= 500
              ? "Sorry, there is a problem with the service"
              : "That request could not be completed";
    };
  }

  static String advice(int status) {
    return switch (status) {
      case 404 ->
          "If you typed the web address, check it is correct. If you followed a link, the record"
              + " may have been removed, or it is not one you can see.";
      case 403 -> "Your account can see this, but this action is for someone else's role.";
      case 413 -> "Nothing was stored. Go back and choose smaller files.";
      case 503 -> "Nothing you sent was stored. Try again in a few minutes.";
      default ->
          status >= 500
              ? "Nothing you sent was stored. Try again later."
              : "Check what you entered and try again.";
    };
  }
}
