package uk.attest.shared;

import java.time.LocalDate;

/**
 * The largest value each field of a request may hold, in one place: each text limit is its column's
 * size (or, for free text kept in a {@code text} column, what a person could sensibly write), the
 * API's schema states it ({@code @Schema(maxLength = ...)}) and the services check it. Lengths are
 * in characters.
 */
public final class Limits {
  private Limits() {}

  /** A record's id: centre, assessor, learner, awarding body, account (varchar(40)). */
  public static final int ID = 40;

  /** A person's, centre's or awarding body's name; a witness's name and role (varchar(200)). */
  public static final int NAME = 200;

  /** An account's username (varchar(100)). */
  public static final int USERNAME = 100;

  /** A password as typed (only its hash is stored). */
  public static final int PASSWORD = 200;

  /** A Unique Learner Number: ten digits (char(10)). */
  public static final int ULN = 10;

  /** An evidence item's title (varchar(300)). */
  public static final int TITLE = 300;

  /** A qualification or role id from the catalogue (varchar(200)). */
  public static final int CATALOGUE_ID = 200;

  /** A criterion id, e.g. ATTECL02.K1 (varchar(120)). */
  public static final int CRITERION = 120;

  /** How many criteria one request may name: more than any qualification holds. */
  public static final int CRITERIA = 1000;

  /** A name from a fixed list: a method, a platform kind, a proficiency (varchar(40)). */
  public static final int CHOICE = 40;

  /** A verdict or an IQA outcome (varchar(20)). */
  public static final int SHORT_CHOICE = 20;

  /** What an evidence item or a platform item shows, in the learner's words (text). */
  public static final int DESCRIPTION = 20_000;

  /** An assessor's feedback on a judgement (text). */
  public static final int FEEDBACK = 20_000;

  /** An IQA's comment on a sampled judgement (text). */
  public static final int COMMENT = 4_000;

  /** The learning platform's own id of an item; stored with a 9-character prefix (200). */
  public static final int EXTERNAL_ID = 180;

  /** A conversation's transcript, about two hours of talk (text). */
  public static final int TRANSCRIPT = 200_000;

  /** An Idempotency-Key header (varchar(200)). */
  public static final int IDEMPOTENCY_KEY = 200;

  /** The earliest day evidence can be of: nothing Attest assesses happened before. */
  public static final LocalDate EARLIEST_ACTIVITY = LocalDate.of(1970, 1, 1);

  /** How far back a registration may start: a long apprenticeship imported with its history. */
  public static final int REGISTRATION_YEARS_BACK = 20;

  /** How far ahead a registration may start: next academic year at most. */
  public static final int REGISTRATION_YEARS_AHEAD = 1;
}
