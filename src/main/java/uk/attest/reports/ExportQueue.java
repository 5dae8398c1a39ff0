package uk.attest.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.attest.audit.AuditTrail;
import uk.attest.reports.ExportJobs.State;
import uk.attest.reports.ExportJobs.Status;
import uk.attest.shared.ChunkedStream;

/**
 * Export jobs as rows of export_job and their ZIPs as rows of export_chunk, so that any instance
 * starts, runs, watches and sends any job. A job is claimed with select ... for update skip locked
 * (PostgreSQL and H2 both have it): two instances polling at once never take the same job, and
 * neither waits for the other's lock.
 */
@Repository
class ExportQueue {
  /** A chunk of a stored ZIP is at most this many bytes, as evidence files are. */
  static final int CHUNK_BYTES = 256 * 1024;

  private static final String STATUS =
      "select id, title, centre_id, state, done, total, started_at, file_name, problem"
          + " from export_job";

  private final JdbcClient jdbc;

  ExportQueue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What a worker needs to write a job's ZIP, as its starter fixed it. */
  record Work(
      String id,
      String ownerId,
      String title,
      String qualificationId,
      LocalDate on,
      List<String> learners,
      AuditTrail.Head auditHead) {}

  void queue(
      String id,
      String ownerId,
      String title,
      String centreId,
      String qualificationId,
      LocalDate on,
      List<String> learners,
      AuditTrail.Head head,
      String fileName,
      OffsetDateTime now) {
    jdbc.sql(
            "insert into export_job (id, owner_id, title, centre_id, qualification_id,"
                + " assessed_on, learners, audit_seq, audit_hash, file_name, state, done, total,"
                + " started_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)")
        .params(
            id,
            ownerId,
            title,
            centreId,
            qualificationId,
            on,
            String.join("\n", learners),
            head == null ? null : head.seq(),
            head == null ? null : head.hash(),
            fileName,
            learners.size(),
            now)
        .update();
  }

  /**
   * Takes the oldest job that is queued, or running on an instance that has not beaten since {@code
   * staleBefore}, for this worker. Run inside a transaction: the row stays locked until it commits,
   * and other workers skip it.
   */
  Optional<Work> claim(String worker, OffsetDateTime now, OffsetDateTime staleBefore) {
    Optional<String> id =
        jdbc.sql(
                "select id from export_job where state = 'QUEUED' or (state = 'RUNNING' and"
                    + " heartbeat_at < ?) order by started_at limit 1 for update skip locked")
            .param(staleBefore)
            .query(String.class)
            .optional();
    if (id.isEmpty()) {
      return Optional.empty();
    }
    jdbc.sql(
            "update export_job set state = 'RUNNING', worker = ?, heartbeat_at = ?, done = 0"
                + " where id = ?")
        .params(worker, now, id.get())
        .update();
    return jdbc.sql(
            "select id, owner_id, title, qualification_id, assessed_on, learners, audit_seq,"
                + " audit_hash from export_job where id = ?")
        .param(id.get())
        .query(
            (rs, n) -> {
              String learners = rs.getString(6);
              long seq = rs.getLong(7);
              boolean headless = rs.wasNull();
              return new Work(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getObject(5, LocalDate.class),
                  learners.isEmpty() ? List.of() : Arrays.asList(learners.split("\n")),
                  headless ? null : new AuditTrail.Head(seq, rs.getString(8)));
            })
        .optional();
  }

  /**
   * Records progress and that this worker is alive; false when the job is no longer this worker's
   * (another instance took it over after a missed beat), so this one stops.
   */
  boolean beat(String id, String worker, int done, OffsetDateTime now) {
    return jdbc.sql(
                "update export_job set done = ?, heartbeat_at = ? where id = ? and worker = ?"
                    + " and state = 'RUNNING'")
            .params(done, now, id, worker)
            .update()
        == 1;
  }

  /** Stores the ZIP a chunk at a time (run inside the transaction that marks the job done). */
  void storeFile(String id, InputStream zip) {
    jdbc.sql("delete from export_chunk where job_id = ?").param(id).update();
    try {
      int seq = 0;
      byte[] chunk = zip.readNBytes(CHUNK_BYTES);
      do {
        jdbc.sql("insert into export_chunk (job_id, seq, bytes) values (?, ?, ?)")
            .params(id, seq++, chunk)
            .update();
        chunk = zip.readNBytes(CHUNK_BYTES);
      } while (chunk.length > 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the job if it is still this worker's; false otherwise. */
  boolean finish(
      String id,
      String worker,
      State state,
      int done,
      String problem,
      Long size,
      OffsetDateTime now) {
    return jdbc.sql(
                "update export_job set state = ?, done = ?, problem = ?, size_bytes = ?,"
                    + " finished_at = ?, heartbeat_at = ? where id = ? and worker = ?"
                    + " and state = 'RUNNING'")
            .params(state.name(), done, problem, size, now, now, id, worker)
            .update()
        == 1;
  }

  Optional<Status> status(String id, String ownerId) {
    return jdbc.sql(STATUS + " where id = ? and owner_id = ?")
        .params(id, ownerId)
        .query(ExportQueue::status)
        .optional();
  }

  List<Status> owned(String ownerId) {
    return jdbc.sql(STATUS + " where owner_id = ? order by started_at desc, id desc")
        .param(ownerId)
        .query(ExportQueue::status)
        .list();
  }

  /** A finished job's ZIP, each chunk fetched by its own query when the stream reaches it. */
  InputStream file(String id) {
    int chunks =
        jdbc.sql("select count(*) from export_chunk where job_id = ?")
            .param(id)
            .query(Integer.class)
            .single();
    return ChunkedStream.of(
        chunks,
        seq ->
            jdbc.sql("select bytes from export_chunk where job_id = ? and seq = ?")
                .params(id, seq)
                .query(byte[].class)
                .single());
  }

  /** Removes jobs finished before the time given, with their files. */
  int removeFinishedBefore(OffsetDateTime before) {
    jdbc.sql(
            "delete from export_chunk where job_id in (select id from export_job where"
                + " finished_at < ?)")
        .param(before)
        .update();
    return jdbc.sql("delete from export_job where finished_at < ?").param(before).update();
  }

  private static Status status(ResultSet rs, int n) throws SQLException {
    return new Status(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        State.valueOf(rs.getString(4)),
        rs.getInt(5),
        rs.getInt(6),
        rs.getObject(7, OffsetDateTime.class),
        rs.getString(8),
        rs.getString(9));
  }
}
