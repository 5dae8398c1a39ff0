package uk.attest.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.attest.assessment.Assessment;

/**
 * Opening a learner's records again without a change does not run the rules again; any change to
 * what the rules read does.
 */
class RecentAssessmentsTest {
  private final List<LearnerSnapshot> assessed = new ArrayList<>();

  private final Function<LearnerSnapshot, Assessment> rules =
      s -> {
        assessed.add(s);
        return new Assessment(null, s.on(), "c1", "r1", null, List.of(), null, List.of(), null);
      };

  private static LearnerSnapshot snapshot(LocalDate on, String itemId) {
    Evidence item = LearnerSnapshotTest.evidence(itemId, LocalDate.of(2026, 3, 2));
    return new LearnerSnapshot(
        LearnerSnapshotTest.SIAN,
        LearnerSnapshotTest.REGISTRATION,
        on,
        List.of(new LearnerSnapshot.Item(item, List.of("ATTECL03.P1"), List.of(), null)),
        List.of());
  }

  @Test
  void theSameRecordsOnTheSameDateAreAssessedOnce() {
    RecentAssessments recent = new RecentAssessments(8);
    LocalDate on = LocalDate.of(2026, 12, 5);

    Assessment first = recent.of(snapshot(on, "evd_1"), rules);
    Assessment again = recent.of(snapshot(on, "evd_1"), rules);

    assertThat(again).isSameAs(first);
    assertThat(assessed).hasSize(1);
  }

  @Test
  void aChangedItemOrAnotherDateIsAssessedAfresh() {
    RecentAssessments recent = new RecentAssessments(8);
    LocalDate on = LocalDate.of(2026, 12, 5);

    recent.of(snapshot(on, "evd_1"), rules);
    recent.of(snapshot(on, "evd_2"), rules);
    recent.of(snapshot(on.plusDays(1), "evd_1"), rules);

    assertThat(assessed).hasSize(3);
  }

  @Test
  void onlyTheMostRecentlyUsedAreKept() {
    RecentAssessments recent = new RecentAssessments(2);
    LocalDate on = LocalDate.of(2026, 12, 5);
    for (int day = 0; day < 5; day++) {
      recent.of(snapshot(on.plusDays(day), "evd_1"), rules);
    }

    assertThat(recent.size()).isEqualTo(2);
    recent.of(snapshot(on, "evd_1"), rules); // long gone: assessed again
    assertThat(assessed).hasSize(6);
  }
}
