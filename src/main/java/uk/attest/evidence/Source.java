package uk.attest.evidence;

/**
 * How an evidence item arrived: uploaded by the learner or their assessor, or from the platform.
 */
public enum Source {
  UPLOAD,
  PLATFORM
}
