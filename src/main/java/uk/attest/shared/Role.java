package uk.attest.shared;

/**
 * What an account may do. PLATFORM is the learning platform's machine account: it sends evidence
 * and reads nothing.
 */
public enum Role {
  LEARNER,
  ASSESSOR,
  IQA,
  AWARDING_BODY,
  ADMIN,
  PLATFORM
}
