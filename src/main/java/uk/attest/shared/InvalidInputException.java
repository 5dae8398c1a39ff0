package uk.attest.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request with fields that are missing or wrong; each error names its field. */
public class InvalidInputException extends RuntimeException {
  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are not valid");
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /**
   * Each field's problems as a sentence a person reads on a form ("Title is required"), fields in
   * the order first met. Fields missing from the labels are named as they are.
   */
  public Map<String, String> sentences(Map<String, String> labels) {
    Map<String, String> out = new LinkedHashMap<>();
    for (FieldError e : errors) {
      String label = labels.getOrDefault(e.field(), e.field());
      // "Title is required", but "Files: at least one file is required".
      String sentence =
          e.message().matches("^(is|are|must|was|has|cannot) .*")
              ? label + " " + e.message()
              : label + ": " + e.message();
      out.merge(e.field(), sentence, (a, b) -> a + "; " + e.message());
    }
    return out;
  }

  /** What is wrong with one field of a request. */
  public record FieldError(String field, String message) {}
}
