package uk.attest.web;

import tools.jackson.core.JacksonException;

/** The field a JSON error is about, as ".a.b[2]" (empty when Jackson does not say). */
final class JsonPaths {
  private JsonPaths() {}

  static String of(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        path.append('.').append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
