package uk.attest.evidence;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.attest.suggestions.Suggestion;

/** The text read from evidence items and the criteria suggested from it, as stored. */
@Repository
public class SuggestionRecords {
  private final JdbcClient jdbc;

  SuggestionRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** When an item was read, against which standards and catalogue, and what could not be read. */
  public record Reading(
      String evidenceId,
      OffsetDateTime readAt,
      int textChars,
      String note,
      String model,
      String catalogueVersion,
      List<String> standards) {}

  Optional<Reading> reading(String evidenceId) {
    return jdbc.sql(
            "select evidence_id, read_at, text_chars, note, model, catalogue_version, standards"
                + " from evidence_reading where evidence_id = ?")
        .param(evidenceId)
        .query(
            (rs, n) ->
                new Reading(
                    rs.getString(1),
                    rs.getObject(2, OffsetDateTime.class),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7).isEmpty()
                        ? List.of()
                        : Arrays.asList(rs.getString(7).split(","))))
        .optional();
  }

  /**
   * Stores a reading and its suggestions, unless the item was read meanwhile by another thread or
   * instance: returns false then, and stores nothing.
   */
  boolean store(Reading reading, List<FileText> files, List<Suggestion> suggestions) {
    int inserted =
        jdbc.sql(
                "insert into evidence_reading (evidence_id, read_at, text_chars, note, model,"
                    + " catalogue_version, standards) select ?, ?, ?, ?, ?, ?, ? where not exists"
                    + " (select 1 from evidence_reading where evidence_id = ?)")
            .params(
                reading.evidenceId(),
                reading.readAt(),
                reading.textChars(),
                reading.note(),
                reading.model(),
                reading.catalogueVersion(),
                String.join(",", reading.standards()),
                reading.evidenceId())
            .update();
    if (inserted == 0) {
      return false;
    }
    for (FileText f : files) {
      jdbc.sql(
              "insert into evidence_file_text (file_id, text, truncated, note) values (?, ?, ?, ?)")
          .params(f.fileId(), f.text(), f.truncated(), f.note())
          .update();
    }
    for (int i = 0; i < suggestions.size(); i++) {
      Suggestion s = suggestions.get(i);
      jdbc.sql(
              "insert into suggestion (evidence_id, criterion_id, ordinal, score, sentence,"
                  + " shared_words, why, status) values (?, ?, ?, ?, ?, ?, ?, 'OPEN')")
          .params(
              reading.evidenceId(),
              s.criterionId(),
              i,
              s.score(),
              cut(s.sentence(), 2000),
              cut(String.join(", ", s.sharedWords()), 1000),
              cut(s.why(), 4000))
          .update();
    }
    return true;
  }

  /**
   * Forgets an item's reading and its open suggestions, so it is read again (its files were
   * replaced); suggestions a person confirmed or rejected are kept, and are not suggested again.
   */
  void forgetReading(String evidenceId) {
    jdbc.sql("delete from suggestion where evidence_id = ? and status = 'OPEN'")
        .param(evidenceId)
        .update();
    jdbc.sql("delete from evidence_reading where evidence_id = ?").param(evidenceId).update();
  }

  /** What was read from one file. */
  public record FileText(String fileId, String text, boolean truncated, String note) {}

  List<FileText> fileTexts(String evidenceId) {
    return jdbc.sql(
            "select t.file_id, t.text, t.truncated, t.note from evidence_file_text t"
                + " join evidence_file f on f.id = t.file_id where f.evidence_id = ? and"
                + EvidenceRepository.CURRENT_FILES
                + " order by f.ordinal")
        .param(evidenceId)
        .query(
            (rs, n) ->
                new FileText(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
        .list();
  }

  /** A suggestion as stored, with what a person decided about it. */
  public record Stored(
      String evidenceId,
      String criterionId,
      double score,
      String sentence,
      List<String> sharedWords,
      String why,
      SuggestionStatus status,
      String decidedBy,
      OffsetDateTime decidedAt) {}

  List<Stored> suggestions(String evidenceId) {
    return jdbc.sql(
            "select evidence_id, criterion_id, score, sentence, shared_words, why, status,"
                + " decided_by, decided_at from suggestion where evidence_id = ? order by ordinal")
        .param(evidenceId)
        .query(SuggestionRecords::stored)
        .list();
  }

  Optional<Stored> suggestion(String evidenceId, String criterionId) {
    return jdbc.sql(
            "select evidence_id, criterion_id, score, sentence, shared_words, why, status,"
                + " decided_by, decided_at from suggestion where evidence_id = ? and criterion_id = ?")
        .params(evidenceId, criterionId)
        .query(SuggestionRecords::stored)
        .optional();
  }

  void decide(
      String evidenceId,
      String criterionId,
      SuggestionStatus status,
      String by,
      OffsetDateTime at) {
    jdbc.sql(
            "update suggestion set status = ?, decided_by = ?, decided_at = ?"
                + " where evidence_id = ? and criterion_id = ?")
        .params(status.name(), by, at, evidenceId, criterionId)
        .update();
  }

  private static Stored stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    String words = rs.getString(5);
    return new Stored(
        rs.getString(1),
        rs.getString(2),
        rs.getDouble(3),
        rs.getString(4),
        words.isEmpty() ? List.of() : Arrays.asList(words.split(", ")),
        rs.getString(6),
        SuggestionStatus.valueOf(rs.getString(7)),
        rs.getString(8),
        rs.getObject(9, OffsetDateTime.class));
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
