package uk.attest.assessment;

import java.util.Locale;
import uk.attest.catalogue.Method;

/**
 * The words a person reads for the codes an assessment carries: "Partly met", not PARTIAL. Pages,
 * the portfolio and the workbook all say the same thing this way.
 */
public final class Words {
  private Words() {}

  /** A criterion's or unit's outcome: MET, PARTIAL, NOT_MET or NOT_STARTED. */
  public static String outcome(String code) {
    return switch (code) {
      case "MET" -> "Met";
      case "PARTIAL" -> "Partly met";
      case "NOT_MET" -> "Not met";
      case "NOT_STARTED" -> "Not started";
      default -> code;
    };
  }

  /**
   * The page style of an outcome's colour ("attest-outcome attest-outcome--met"): always shown
   * beside its words, never alone.
   */
  public static String outcomeStyle(String code) {
    return "attest-outcome attest-outcome--"
        + switch (code) {
          case "MET" -> "met";
          case "PARTIAL" -> "partial";
          case "NOT_MET" -> "not-met";
          default -> "not-started";
        };
  }

  /** The qualification's readiness: READY or NOT_READY. */
  public static String readiness(String status) {
    return "READY".equals(status) ? "Ready for certification" : "Not ready yet";
  }

  /** DIRECT_OBSERVATION becomes "Direct observation"; RPL "Recognition of prior learning". */
  public static String method(Method method) {
    return switch (method) {
      case RPL -> "Recognition of prior learning";
      case PRODUCT -> "Product or work evidence";
      default -> {
        String words = method.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        yield Character.toUpperCase(words.charAt(0)) + words.substring(1);
      }
    };
  }

  /** An assessor's verdict, or (null) none yet. */
  public static String verdict(Verdict verdict) {
    if (verdict == null) {
      return "Awaiting an assessor";
    }
    return verdict == Verdict.ACCEPTED ? "Accepted" : "Referred back";
  }

  /**
   * An item's standing as the API writes it: ACCEPTED, REFERRED, AWAITING_ASSESSOR or WITHDRAWN.
   */
  public static String decision(String code) {
    return switch (code) {
      case "WITHDRAWN" -> "Withdrawn";
      case "ACCEPTED" -> "Accepted";
      case "REFERRED" -> "Referred back";
      case "AWAITING_ASSESSOR" -> "Awaiting an assessor";
      default -> code;
    };
  }
}
