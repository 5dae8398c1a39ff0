package uk.attest.evidence;

/**
 * How an evidence item arrived: uploaded by the learner or their assessor, or from the platform.
 */
public enum Source {
  UPLOAD,
  PLATFORM;

  /** How a person reads where the item came from. */
  public String label() {
    return switch (this) {
      case UPLOAD -> "Uploaded";
      case PLATFORM -> "From the learning platform";
    };
  }
}
