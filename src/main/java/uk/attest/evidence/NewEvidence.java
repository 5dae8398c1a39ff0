package uk.attest.evidence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import uk.attest.catalogue.Method;
import uk.attest.shared.Ids;

/**
 * A new evidence item as an upload or the learning platform describes it, already checked: the one
 * way an {@link Evidence} is made.
 *
 * @param criteria the criteria it is claimed against, each once, in the order given
 */
record NewEvidence(
    String title,
    String description,
    Method method,
    LocalDate activityDate,
    List<String> criteria,
    boolean learnerDeclaration,
    Witness witness,
    Source source,
    PlatformKind platformKind,
    String transcript) {

  NewEvidence {
    criteria = criteria == null ? List.of() : List.copyOf(new LinkedHashSet<>(criteria));
  }

  /** An item an assessor or learner uploads with its files. */
  static NewEvidence uploaded(
      String title,
      String description,
      Method method,
      LocalDate activityDate,
      List<String> criteria,
      boolean learnerDeclaration,
      Witness witness) {
    return new NewEvidence(
        title,
        description,
        method,
        activityDate,
        criteria,
        learnerDeclaration,
        witness,
        Source.UPLOAD,
        null,
        null);
  }

  /** An item the learning platform sends, with its transcript, mapped to criteria or not (yet). */
  static NewEvidence fromPlatform(
      PlatformKind kind,
      Method method,
      String title,
      String summary,
      String transcript,
      LocalDate occurredOn,
      List<String> criteria,
      boolean learnerDeclaration) {
    return new NewEvidence(
        title,
        summary,
        method,
        occurredOn,
        criteria,
        learnerDeclaration,
        null,
        Source.PLATFORM,
        kind,
        transcript);
  }

  /** The item as stored for the learner, under a new id. */
  Evidence stored(String learnerId, Idempotency receipt, OffsetDateTime at, String submittedBy) {
    return new Evidence(
        Ids.next("evd"),
        learnerId,
        title,
        description,
        method,
        activityDate,
        learnerDeclaration,
        witness,
        source,
        platformKind,
        transcript,
        receipt.key(),
        receipt.fingerprint(),
        at,
        submittedBy);
  }
}
