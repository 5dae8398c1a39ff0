package uk.attest.catalogue;

import java.time.LocalDate;
import java.util.List;

/** A National Occupational Standard: performance criteria and knowledge items at an RQF level. */
public record NosUnit(
    String code,
    String title,
    String suite,
    int level,
    int version,
    String validity,
    String status,
    String category,
    String developedBy,
    LocalDate dateApproved,
    LocalDate indicativeReviewDate,
    boolean illustrative,
    String overview,
    List<String> keywords,
    List<String> relevantOccupations,
    List<Criterion> criteria,
    String source) {

  public NosUnit {
    keywords = List.copyOf(keywords);
    relevantOccupations = List.copyOf(relevantOccupations);
    criteria = List.copyOf(criteria);
  }
}
