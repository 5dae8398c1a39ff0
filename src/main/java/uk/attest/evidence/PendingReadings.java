package uk.attest.evidence;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Items stored but not yet read for suggestions, as rows of pending_reading, so the reading
 * survives the instance that stored the item: that instance claims the row as it stores it and
 * reads the item after the commit; a row whose claim lapsed (the instance stopped, died, or had no
 * room in its queue) is claimed by any instance with select ... for update skip locked.
 */
@Repository
class PendingReadings {
  private final JdbcClient jdbc;

  PendingReadings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Queues an item, claimed by this worker until the time given (inside the storing write). */
  void queue(String evidenceId, String worker, OffsetDateTime now, OffsetDateTime until) {
    // An item whose files are replaced before its first reading is queued afresh.
    jdbc.sql("delete from pending_reading where evidence_id = ?").param(evidenceId).update();
    jdbc.sql(
            "insert into pending_reading (evidence_id, queued_at, claimed_by, claimed_until)"
                + " values (?, ?, ?, ?)")
        .params(evidenceId, now, worker, until)
        .update();
  }

  /**
   * Claims up to {@code max} items whose claim lapsed, oldest first, for this worker until the time
   * given. Run inside a transaction: rows another instance is claiming at that moment are skipped.
   */
  List<String> claimLapsed(String worker, OffsetDateTime now, OffsetDateTime until, int max) {
    List<String> ids =
        jdbc.sql(
                "select evidence_id from pending_reading where claimed_until < ? order by"
                    + " queued_at, evidence_id limit ? for update skip locked")
            .params(now, max)
            .query(String.class)
            .list();
    for (String id : ids) {
      jdbc.sql("update pending_reading set claimed_by = ?, claimed_until = ? where evidence_id = ?")
          .params(worker, until, id)
          .update();
    }
    return ids;
  }

  /** The item has been read (by whichever instance or request): it is no longer pending. */
  void done(String evidenceId) {
    jdbc.sql("delete from pending_reading where evidence_id = ?").param(evidenceId).update();
  }

  int count() {
    return jdbc.sql("select count(*) from pending_reading").query(Integer.class).single();
  }
}
