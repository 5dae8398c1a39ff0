package uk.attest.learners;

/** Published inside the transaction that registered a learner, so their assessment follows. */
public record RegistrationCreated(
    String learnerId, String registrationId, String qualificationId) {}
