package uk.attest.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import uk.attest.assessment.Assessment;

/**
 * The assessments of the snapshots assessed most recently. An assessment depends only on its
 * snapshot (the records as they stood on a date) and on the catalogue and rules, which are loaded
 * once; so a snapshot equal to one already assessed has the same assessment, and opening a
 * learner's page again without a change in their records does not run the rules again. Any change
 * to the records (an item, a judgement, a sample, a registration, the date) makes a different
 * snapshot.
 */
final class RecentAssessments {
  private final Map<LearnerSnapshot, Assessment> recent;

  RecentAssessments(int capacity) {
    this.recent =
        new LinkedHashMap<>(capacity * 2, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<LearnerSnapshot, Assessment> eldest) {
            return size() > capacity;
          }
        };
  }

  Assessment of(LearnerSnapshot snapshot, Function<LearnerSnapshot, Assessment> assess) {
    synchronized (recent) {
      Assessment known = recent.get(snapshot);
      if (known != null) {
        return known;
      }
    }
    Assessment assessment = assess.apply(snapshot); // outside the lock: rules run in parallel
    synchronized (recent) {
      recent.put(snapshot, assessment);
    }
    return assessment;
  }

  int size() {
    synchronized (recent) {
      return recent.size();
    }
  }
}
