package uk.attest.reports;

import java.util.function.Function;

/**
 * The columns of the cohort export, declared in their order in the workbook and the CSV: each
 * column's heading, its width in the workbook (in characters), the kind of cell it is and how its
 * value is read from a {@link CohortRow}. {@link CohortWorkbook} and {@link CohortCsv} both walk
 * this list, so a column is added or moved here and nowhere else.
 */
enum CohortColumn {
  ULN("ULN", 12, Kind.TEXT, CohortRow::uln),
  LEARNER("Learner", 28, Kind.TEXT, CohortRow::learnerName),
  LEARNER_ID("Learner id", 12, Kind.TEXT, CohortRow::learnerId),
  QN("QN", 12, Kind.TEXT, CohortRow::qualificationNumber),
  QUALIFICATION("Qualification", 50, Kind.TEXT, CohortRow::qualificationTitle),
  UNIT_NUMBER("Unit number", 14, Kind.TEXT, CohortRow::unitRef),
  UNIT_ID("Unit id", 10, Kind.TEXT, CohortRow::unitId),
  UNIT("Unit", 50, Kind.TEXT, CohortRow::unitTitle),
  ACHIEVED("Achieved", 10, Kind.YES_NO, CohortRow::achieved),
  COVERAGE("Coverage", 10, Kind.PERCENTAGE, CohortRow::coverage),
  READINESS_SCORE("Readiness score", 10, Kind.NUMBER, CohortRow::readinessScore),
  READINESS("Readiness", 12, Kind.TEXT, CohortRow::readinessStatus);

  /**
   * What a column holds, which decides how each format writes it: a {@code String} for TEXT, a
   * {@code Boolean} for YES_NO, a {@code Number} for NUMBER (whole) and PERCENTAGE (0 to 1).
   */
  enum Kind {
    TEXT,
    NUMBER,
    PERCENTAGE,
    YES_NO
  }

  final String heading;
  final int width;
  final Kind kind;
  private final Function<CohortRow, ?> value;

  CohortColumn(String heading, int width, Kind kind, Function<CohortRow, ?> value) {
    this.heading = heading;
    this.width = width;
    this.kind = kind;
    this.value = value;
  }

  /** The column's value in the row, of the type its {@link Kind} names. */
  Object of(CohortRow row) {
    return value.apply(row);
  }
}
