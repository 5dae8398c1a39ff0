package uk.attest.evidence;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.attest.learners.People.Learner;
import uk.attest.learners.People.Registration;

/**
 * Reads a learner's stored records and takes their snapshot on a date. Callers hold one consistent
 * read (a transaction) around it and whatever they make of it.
 */
@Component
class LearnerSnapshots {
  private final EvidenceRepository records;
  private final Clock clock;

  LearnerSnapshots(EvidenceRepository records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  LearnerSnapshot of(Learner learner, Registration registration, LocalDate on) {
    String id = learner.id();
    return LearnerSnapshot.asOf(
        learner,
        registration,
        on,
        clock.getZone(),
        new LearnerSnapshot.Stored(
            records.evidenceOf(id),
            records.claimsOf(id),
            records.judgementsOf(id),
            records.filesOf(id),
            records.samplesOf(id),
            records.withdrawalsOf(id),
            records.replacedOf(id)));
  }
}
