package uk.attest.evidence;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.attest.assessment.Verdict;
import uk.attest.catalogue.Method;

/** Evidence, files, claims, judgements and assessment records in SQL. */
@Repository
class EvidenceRepository {
  private static final String EVIDENCE_COLUMNS =
      "id, learner_id, title, description, method, activity_date, learner_declaration, witness_name, witness_role,"
          + " source, platform_kind, transcript, idempotency_key, request_hash, created_at,"
          + " submitted_by";
  private static final String JUDGEMENT_COLUMNS =
      "id, evidence_id, verdict, proficiency, feedback, assessor_id, assessor_qualified, authenticity_confirmed, decided_at, supersedes, files_version";
  private static final String FILE_COLUMNS =
      "f.id, f.evidence_id, f.ordinal, f.file_name, f.media_type, f.size_bytes, f.sha256, f.version";

  /** Selects the files of the version in force (1 until the files are first replaced). */
  /** A condition on evidence_file f: the file belongs to its item's current version. */
  static final String CURRENT_FILES =
      " f.version = (select coalesce(max(v.version), 1) from evidence_version v"
          + " where v.evidence_id = f.evidence_id)";

  private static final String RECORD_COLUMNS =
      "id, learner_id, registration_id, assessed_on, catalogue_version, ruleset_version, readiness_score, status, cause, created_at";

  private final JdbcClient jdbc;
  private final FileChunks chunks;

  EvidenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.chunks = new FileChunks(jdbc);
  }

  void insert(Evidence e) {
    jdbc.sql(
            "insert into evidence ("
                + EVIDENCE_COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            e.id(),
            e.learnerId(),
            e.title(),
            e.description(),
            e.method().name(),
            e.activityDate(),
            e.learnerDeclaration(),
            e.witness() == null ? null : e.witness().name(),
            e.witness() == null ? null : e.witness().role(),
            e.source().name(),
            e.platformKind() == null ? null : e.platformKind().name(),
            e.transcript(),
            e.idempotencyKey(),
            e.fingerprint(),
            e.createdAt(),
            e.submittedBy())
        .update();
  }

  /**
   * Stores a file's facts, then its bytes a chunk at a time as they are read, so the heap holds one
   * chunk of it at most. The stream is read to its end; the caller closes it.
   */
  void insert(EvidenceFile f, InputStream content) {
    jdbc.sql(
            "insert into evidence_file (id, evidence_id, ordinal, file_name, media_type, size_bytes, sha256, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            f.id(),
            f.evidenceId(),
            f.position(),
            f.fileName(),
            f.mediaType(),
            f.size(),
            f.sha256(),
            f.version())
        .update();
    chunks.write(f.id(), content);
  }

  /** A stored file's bytes, streamed a chunk at a time (see {@link FileChunks}). */
  InputStream content(String fileId) {
    return chunks.read(fileId);
  }

  /** Adds the claims not already there; returns how many were new. */
  int claim(String evidenceId, List<String> criteria, OffsetDateTime at) {
    int added = 0;
    for (String criterion : criteria) {
      Long exists =
          jdbc.sql("select count(*) from claim where evidence_id = ? and criterion_id = ?")
              .params(evidenceId, criterion)
              .query(Long.class)
              .single();
      if (exists == 0) {
        jdbc.sql("insert into claim (evidence_id, criterion_id, claimed_at) values (?, ?, ?)")
            .params(evidenceId, criterion, at)
            .update();
        added++;
      }
    }
    return added;
  }

  boolean unclaim(String evidenceId, String criterionId) {
    return jdbc.sql("delete from claim where evidence_id = ? and criterion_id = ?")
            .params(evidenceId, criterionId)
            .update()
        > 0;
  }

  void insert(Judgement j, String idempotencyKey, String fingerprint) {
    jdbc.sql(
            "insert into judgement ("
                + JUDGEMENT_COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            j.id(),
            j.evidenceId(),
            j.verdict().name(),
            j.proficiency(),
            j.feedback(),
            j.assessorId(),
            j.assessorQualified(),
            j.authenticityConfirmed(),
            j.decidedAt(),
            j.supersedes(),
            j.filesVersion())
        .update();
    jdbc.sql("update judgement set idempotency_key = ?, request_hash = ? where id = ?")
        .params(idempotencyKey, fingerprint, j.id())
        .update();
    for (String criterion : j.criteria()) {
      jdbc.sql("insert into judgement_criterion (judgement_id, criterion_id) values (?, ?)")
          .params(j.id(), criterion)
          .update();
    }
  }

  /** The item with its files, claims, judgements, versions and withdrawal. */
  EvidenceView view(Evidence e) {
    return new EvidenceView(
        e,
        files(e.id()),
        claims(e.id()),
        judgements(e.id()),
        versions(e),
        withdrawal(e.id()).orElse(null));
  }

  /** Every version of an item's files, oldest first: the upload, then each replacement. */
  List<FileVersion> versions(Evidence e) {
    Map<Integer, List<EvidenceFile>> files = new HashMap<>();
    allFiles(e.id())
        .forEach(f -> files.computeIfAbsent(f.version(), k -> new ArrayList<>()).add(f));
    List<FileVersion> out = new ArrayList<>();
    List<Object[]> replacements =
        jdbc.sql(
                "select version, created_at, name, reason from evidence_version"
                    + " where evidence_id = ? order by version")
            .param(e.id())
            .query(
                (rs, n) ->
                    new Object[] {
                      rs.getInt(1),
                      rs.getObject(2, OffsetDateTime.class),
                      rs.getString(3),
                      rs.getString(4)
                    })
            .list();
    out.add(
        new FileVersion(
            1,
            e.createdAt(),
            null,
            null,
            files.getOrDefault(1, List.of()),
            replacements.isEmpty() ? null : (Integer) replacements.get(0)[0]));
    for (int i = 0; i < replacements.size(); i++) {
      Object[] r = replacements.get(i);
      int number = (Integer) r[0];
      out.add(
          new FileVersion(
              number,
              (OffsetDateTime) r[1],
              (String) r[2],
              (String) r[3],
              files.getOrDefault(number, List.of()),
              i + 1 < replacements.size() ? (Integer) replacements.get(i + 1)[0] : null));
    }
    return out;
  }

  /** The version of an item's files now in force: 1 until they are first replaced. */
  int filesVersion(String evidenceId) {
    return jdbc.sql("select coalesce(max(version), 1) from evidence_version where evidence_id = ?")
        .param(evidenceId)
        .query(Integer.class)
        .single();
  }

  /** Records a new version of an item's files (their rows are inserted apart). */
  void insertVersion(
      String evidenceId,
      int version,
      String accountId,
      String name,
      OffsetDateTime at,
      String reason) {
    jdbc.sql(
            "insert into evidence_version (evidence_id, version, account_id, name, created_at,"
                + " reason) values (?, ?, ?, ?, ?, ?)")
        .params(evidenceId, version, accountId, name, at, reason)
        .update();
  }

  /** When each of a learner's items had its files replaced, oldest first. */
  Map<String, List<OffsetDateTime>> replacedOf(String learnerId) {
    Map<String, List<OffsetDateTime>> out = new HashMap<>();
    jdbc.sql(
            "select v.evidence_id, v.created_at from evidence_version v join evidence e on e.id ="
                + " v.evidence_id where e.learner_id = ? order by v.version")
        .param(learnerId)
        .query(
            (ResultSet rs) -> {
              out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                  .add(rs.getObject(2, OffsetDateTime.class));
            });
    return out;
  }

  void insert(Withdrawal w) {
    jdbc.sql(
            "insert into evidence_withdrawal (evidence_id, account_id, name, withdrawn_at, reason)"
                + " values (?, ?, ?, ?, ?)")
        .params(w.evidenceId(), w.accountId(), w.name(), w.at(), w.reason())
        .update();
  }

  Optional<Withdrawal> withdrawal(String evidenceId) {
    return jdbc.sql(
            "select evidence_id, account_id, name, withdrawn_at, reason from evidence_withdrawal"
                + " where evidence_id = ?")
        .param(evidenceId)
        .query(EvidenceRepository::withdrawal)
        .optional();
  }

  Map<String, Withdrawal> withdrawalsOf(String learnerId) {
    Map<String, Withdrawal> out = new HashMap<>();
    jdbc.sql(
            "select w.evidence_id, w.account_id, w.name, w.withdrawn_at, w.reason from"
                + " evidence_withdrawal w join evidence e on e.id = w.evidence_id"
                + " where e.learner_id = ?")
        .param(learnerId)
        .query(EvidenceRepository::withdrawal)
        .list()
        .forEach(w -> out.put(w.evidenceId(), w));
    return out;
  }

  private static Withdrawal withdrawal(ResultSet rs, int n) throws SQLException {
    return new Withdrawal(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getObject(4, OffsetDateTime.class),
        rs.getString(5));
  }

  long nextAssessmentSeq() {
    return jdbc.sql("select nextval('assessment_record_seq')").query(Long.class).single();
  }

  void insert(AssessmentRecord r, String json, long seq) {
    jdbc.sql(
            "insert into assessment_record ("
                + RECORD_COLUMNS
                + ", assessment, seq) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            r.id(),
            r.learnerId(),
            r.registrationId(),
            r.assessedOn(),
            r.catalogueVersion(),
            r.rulesetVersion(),
            r.readinessScore(),
            r.status(),
            r.cause(),
            r.createdAt(),
            json,
            seq)
        .update();
  }

  Optional<Evidence> evidence(String id) {
    return jdbc.sql("select " + EVIDENCE_COLUMNS + " from evidence where id = ?")
        .param(id)
        .query(EvidenceRepository::evidence)
        .optional();
  }

  Optional<Evidence> evidenceByKey(String learnerId, String key) {
    return jdbc.sql(
            "select "
                + EVIDENCE_COLUMNS
                + " from evidence where learner_id = ? and idempotency_key = ?")
        .params(learnerId, key)
        .query(EvidenceRepository::evidence)
        .optional();
  }

  /** A learner's evidence in upload order, without transcripts (read them one item at a time). */
  List<Evidence> evidenceOf(String learnerId) {
    return jdbc.sql(
            "select "
                + EVIDENCE_COLUMNS.replace("transcript", "null as transcript")
                + " from evidence where learner_id = ? order by created_at, id")
        .param(learnerId)
        .query(EvidenceRepository::evidence)
        .list();
  }

  Map<String, List<String>> claimsOf(String learnerId) {
    Map<String, List<String>> claims = new HashMap<>();
    jdbc.sql(
            "select c.evidence_id, c.criterion_id from claim c join evidence e on e.id = c.evidence_id where e.learner_id = ? order by c.criterion_id")
        .param(learnerId)
        .query(
            (ResultSet rs) -> {
              claims.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            });
    return claims;
  }

  List<String> claims(String evidenceId) {
    return jdbc.sql("select criterion_id from claim where evidence_id = ? order by criterion_id")
        .param(evidenceId)
        .query(String.class)
        .list();
  }

  /** Judgements per evidence item, each list in the order they superseded one another. */
  Map<String, List<Judgement>> judgementsOf(String learnerId) {
    List<Judgement> all =
        jdbc.sql(
                "select "
                    + prefixed("j")
                    + " from judgement j join evidence e on e.id = j.evidence_id where e.learner_id = ?")
            .param(learnerId)
            .query(EvidenceRepository::judgement)
            .list();
    Map<String, List<String>> covered =
        covered("join evidence e on e.id = j.evidence_id where e.learner_id = ?", learnerId);
    Map<String, Countersignature> countersigned =
        countersignatures(
            "join evidence e on e.id = c.evidence_id where e.learner_id = ?", learnerId);
    Map<String, List<Judgement>> byEvidence = new HashMap<>();
    all.stream()
        .map(j -> stored(j, covered, countersigned))
        .forEach(j -> byEvidence.computeIfAbsent(j.evidenceId(), k -> new ArrayList<>()).add(j));
    byEvidence.replaceAll((k, v) -> chain(v));
    return byEvidence;
  }

  /** A judgement row with the criteria it covers and its countersignature, read beside it. */
  private static Judgement stored(
      Judgement j, Map<String, List<String>> covered, Map<String, Countersignature> countersigned) {
    return j.with(covered.getOrDefault(j.id(), List.of()), countersigned.get(j.id()));
  }

  List<Judgement> judgements(String evidenceId) {
    Map<String, List<String>> covered = covered("where j.evidence_id = ?", evidenceId);
    Map<String, Countersignature> countersigned =
        countersignatures("where c.evidence_id = ?", evidenceId);
    return chain(
        jdbc
            .sql("select " + JUDGEMENT_COLUMNS + " from judgement where evidence_id = ?")
            .param(evidenceId)
            .query(EvidenceRepository::judgement)
            .list()
            .stream()
            .map(j -> stored(j, covered, countersigned))
            .toList());
  }

  void insert(String judgementId, String evidenceId, Countersignature c) {
    jdbc.sql(
            "insert into countersignature (judgement_id, evidence_id, assessor_id, assessor_name,"
                + " account_id, countersigned_at) values (?, ?, ?, ?, ?, ?)")
        .params(
            judgementId,
            evidenceId,
            c.assessorId(),
            c.assessorName(),
            c.accountId(),
            c.countersignedAt())
        .update();
  }

  /** The countersignatures the condition (on {@code c}) selects, by judgement. */
  private Map<String, Countersignature> countersignatures(String condition, String param) {
    Map<String, Countersignature> out = new HashMap<>();
    jdbc.sql(
            "select c.judgement_id, c.assessor_id, c.assessor_name, c.account_id,"
                + " c.countersigned_at from countersignature c "
                + condition)
        .param(param)
        .query(
            (ResultSet rs) -> {
              out.put(
                  rs.getString(1),
                  new Countersignature(
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getObject(5, OffsetDateTime.class)));
            });
    return out;
  }

  /**
   * The items of these learners whose current judgement is a trainee assessor's acceptance that no
   * qualified assessor has countersigned yet, oldest first.
   */
  List<Evidence> awaitingCountersignature(java.util.Collection<String> learnerIds) {
    if (learnerIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + EVIDENCE_COLUMNS.replace("transcript", "null as transcript")
                + " from evidence e where e.learner_id in (:ids) and exists ("
                + " select 1 from judgement j where j.evidence_id = e.id"
                + " and j.verdict = 'ACCEPTED' and j.assessor_qualified = false"
                + " and not exists (select 1 from judgement n where n.supersedes = j.id)"
                + " and not exists (select 1 from countersignature c where c.judgement_id = j.id))"
                + " order by e.created_at, e.id")
        .param("ids", List.copyOf(learnerIds))
        .query(EvidenceRepository::evidence)
        .list();
  }

  /** The judgement stored under an Idempotency-Key, with the fingerprint of its request. */
  Optional<Map.Entry<String, String>> judgementByKey(String evidenceId, String key) {
    return jdbc.sql(
            "select id, request_hash from judgement where evidence_id = ? and idempotency_key = ?")
        .params(evidenceId, key)
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
        .optional();
  }

  /** The criteria each judgement covers, for the judgements the condition selects. */
  private Map<String, List<String>> covered(String condition, String param) {
    Map<String, List<String>> covered = new HashMap<>();
    jdbc.sql(
            "select jc.judgement_id, jc.criterion_id from judgement_criterion jc"
                + " join judgement j on j.id = jc.judgement_id "
                + condition
                + " order by jc.criterion_id")
        .param(param)
        .query(
            (ResultSet rs) -> {
              covered.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            });
    return covered;
  }

  /** Orders judgements from the first to the current by following "supersedes". */
  private static List<Judgement> chain(List<Judgement> judgements) {
    Map<String, Judgement> bySuperseded = new HashMap<>();
    Judgement first = null;
    for (Judgement j : judgements) {
      if (j.supersedes() == null) {
        first = j;
      } else {
        bySuperseded.put(j.supersedes(), j);
      }
    }
    List<Judgement> out = new ArrayList<>();
    for (Judgement j = first; j != null; j = bySuperseded.get(j.id())) {
      out.add(j);
    }
    return out;
  }

  /** The item's files now in force. */
  List<EvidenceFile> files(String evidenceId) {
    return jdbc.sql(
            "select "
                + FILE_COLUMNS
                + " from evidence_file f where f.evidence_id = ? and"
                + CURRENT_FILES
                + " order by f.ordinal")
        .param(evidenceId)
        .query(EvidenceRepository::file)
        .list();
  }

  /** Every file the item has had, of every version, oldest version first. */
  List<EvidenceFile> allFiles(String evidenceId) {
    return jdbc.sql(
            "select "
                + FILE_COLUMNS
                + " from evidence_file f where f.evidence_id = ? order by f.version, f.ordinal")
        .param(evidenceId)
        .query(EvidenceRepository::file)
        .list();
  }

  Map<String, List<EvidenceFile>> filesOf(String learnerId) {
    Map<String, List<EvidenceFile>> out = new HashMap<>();
    jdbc.sql(
            "select "
                + FILE_COLUMNS
                + " from evidence_file f join evidence e on e.id = f.evidence_id"
                + " where e.learner_id = ? and"
                + CURRENT_FILES
                + " order by f.ordinal")
        .param(learnerId)
        .query(EvidenceRepository::file)
        .list()
        .forEach(f -> out.computeIfAbsent(f.evidenceId(), k -> new ArrayList<>()).add(f));
    return out;
  }

  /**
   * The items of these learners that await an assessor, oldest first: no judgement yet, a criterion
   * claimed that the current judgement did not decide (it was claimed since), or files replaced
   * since the current judgement. Withdrawn items await nobody.
   */
  List<Evidence> awaiting(java.util.Collection<String> learnerIds) {
    if (learnerIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + EVIDENCE_COLUMNS.replace("transcript", "null as transcript")
                + " from evidence e where e.learner_id in (:ids)"
                + " and not exists (select 1 from evidence_withdrawal w where w.evidence_id = e.id)"
                + " and ("
                + " not exists (select 1 from judgement j where j.evidence_id = e.id)"
                + " or exists (select 1 from judgement j where j.evidence_id = e.id"
                + "   and not exists (select 1 from judgement n where n.supersedes = j.id)"
                + "   and j.files_version <> (select coalesce(max(v.version), 1)"
                + "     from evidence_version v where v.evidence_id = e.id))"
                + " or exists (select 1 from claim c where c.evidence_id = e.id and not exists ("
                + "   select 1 from judgement j join judgement_criterion jc on jc.judgement_id = j.id"
                + "   where j.evidence_id = e.id and jc.criterion_id = c.criterion_id"
                + "   and not exists (select 1 from judgement n where n.supersedes = j.id))))"
                + " order by e.created_at, e.id")
        .param("ids", List.copyOf(learnerIds))
        .query(EvidenceRepository::evidence)
        .list();
  }

  /** How many criteria each item is claimed against. */
  Map<String, Integer> claimCounts(java.util.Collection<String> evidenceIds) {
    Map<String, Integer> out = new HashMap<>();
    if (evidenceIds.isEmpty()) {
      return out;
    }
    jdbc.sql(
            "select evidence_id, count(*) from claim where evidence_id in (:ids) group by evidence_id")
        .param("ids", List.copyOf(evidenceIds))
        .query(
            (ResultSet rs) -> {
              out.put(rs.getString(1), rs.getInt(2));
            });
    return out;
  }

  /** When each learner's records last changed: their newest evidence or judgement. */
  Map<String, OffsetDateTime> lastActivity(java.util.Collection<String> learnerIds) {
    Map<String, OffsetDateTime> out = new HashMap<>();
    if (learnerIds.isEmpty()) {
      return out;
    }
    java.util.function.Consumer<String> newest =
        sql ->
            jdbc.sql(sql)
                .param("ids", List.copyOf(learnerIds))
                .query(
                    (ResultSet rs) -> {
                      OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
                      out.merge(rs.getString(1), at, (a, b) -> a.isAfter(b) ? a : b);
                    });
    newest.accept(
        "select learner_id, max(created_at) from evidence where learner_id in (:ids)"
            + " group by learner_id");
    newest.accept(
        "select e.learner_id, max(j.decided_at) from judgement j join evidence e on e.id ="
            + " j.evidence_id where e.learner_id in (:ids) group by e.learner_id");
    return out;
  }

  /** A judgement in force at a centre, with what an IQA needs to choose it for sampling. */
  record CentreJudgement(
      Judgement judgement,
      String evidenceTitle,
      Method method,
      String learnerId,
      SampleOutcome lastSample) {}

  /** Every judgement in force on a centre's evidence, newest first, with its latest sample. */
  List<CentreJudgement> judgementsAtCentre(String centreId) {
    Map<String, List<String>> covered =
        covered(
            "join evidence e on e.id = j.evidence_id join learner l on l.id = e.learner_id"
                + " where l.centre_id = ?",
            centreId);
    Map<String, Countersignature> countersigned =
        countersignatures(
            "join evidence e on e.id = c.evidence_id join learner l on l.id = e.learner_id"
                + " where l.centre_id = ?",
            centreId);
    return jdbc.sql(
            "select "
                + prefixed("j")
                + ", e.title, e.method, e.learner_id,"
                + " (select s.outcome from iqa_sample s where s.judgement_id = j.id"
                + "  order by s.sampled_at desc, s.id desc fetch first 1 rows only)"
                + " from judgement j join evidence e on e.id = j.evidence_id"
                + " join learner l on l.id = e.learner_id where l.centre_id = ?"
                + " and not exists (select 1 from judgement n where n.supersedes = j.id)"
                + " order by j.decided_at desc, j.id")
        .param(centreId)
        .query(
            (rs, n) -> {
              Judgement j = judgement(rs, n);
              String sample = rs.getString(15);
              return new CentreJudgement(
                  stored(j, covered, countersigned),
                  rs.getString(12),
                  Method.valueOf(rs.getString(13)),
                  rs.getString(14),
                  sample == null ? null : SampleOutcome.valueOf(sample));
            })
        .list();
  }

  /** Each learner's newest kept assessment, for lists of many learners (one query). */
  Map<String, AssessmentRecord> latest(java.util.Collection<String> learnerIds) {
    Map<String, AssessmentRecord> out = new HashMap<>();
    if (learnerIds.isEmpty()) {
      return out;
    }
    jdbc.sql(
            "select "
                + RECORD_COLUMNS
                + " from assessment_record r where r.learner_id in (:ids) and r.seq ="
                + " (select max(seq) from assessment_record x where x.learner_id = r.learner_id)")
        .param("ids", List.copyOf(learnerIds))
        .query(EvidenceRepository::record)
        .list()
        .forEach(r -> out.put(r.learnerId(), r));
    return out;
  }

  List<AssessmentRecord> history(String learnerId) {
    return jdbc.sql(
            "select "
                + RECORD_COLUMNS
                + " from assessment_record where learner_id = ? order by seq desc")
        .param(learnerId)
        .query(EvidenceRepository::record)
        .list();
  }

  Optional<String> recordJson(String learnerId, String recordId) {
    return jdbc.sql("select assessment from assessment_record where learner_id = ? and id = ?")
        .params(learnerId, recordId)
        .query(String.class)
        .optional();
  }

  private static String prefixed(String alias) {
    return String.join(
        ", ",
        java.util.Arrays.stream(JUDGEMENT_COLUMNS.split(", ")).map(c -> alias + "." + c).toList());
  }

  void insert(Sample s) {
    jdbc.sql(
            "insert into iqa_sample (id, evidence_id, judgement_id, account_id, iqa_name, outcome,"
                + " comment, sampled_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            s.id(),
            s.evidenceId(),
            s.judgementId(),
            s.accountId(),
            s.iqaName(),
            s.outcome().name(),
            s.comment(),
            s.sampledAt())
        .update();
  }

  private static final String SAMPLE_COLUMNS =
      "s.id, s.evidence_id, s.judgement_id, s.account_id, s.iqa_name, s.outcome, s.comment,"
          + " s.sampled_at";

  List<Sample> samples(String evidenceId) {
    return jdbc.sql(
            "select "
                + SAMPLE_COLUMNS
                + " from iqa_sample s where s.evidence_id = ? order by s.sampled_at, s.id")
        .param(evidenceId)
        .query(EvidenceRepository::sample)
        .list();
  }

  /** Every sampling decision on a centre's evidence, oldest first. */
  List<Sample> samplesAtCentre(String centreId) {
    return jdbc.sql(
            "select "
                + SAMPLE_COLUMNS
                + " from iqa_sample s join evidence e on e.id = s.evidence_id"
                + " join learner l on l.id = e.learner_id"
                + " where l.centre_id = ? order by s.sampled_at, s.id")
        .param(centreId)
        .query(EvidenceRepository::sample)
        .list();
  }

  /** Every sampling decision on a learner's evidence, oldest first. */
  List<Sample> samplesOf(String learnerId) {
    return jdbc.sql(
            "select "
                + SAMPLE_COLUMNS
                + " from iqa_sample s join evidence e on e.id = s.evidence_id"
                + " where e.learner_id = ? order by s.sampled_at, s.id")
        .param(learnerId)
        .query(EvidenceRepository::sample)
        .list();
  }

  private static Sample sample(ResultSet rs, int n) throws SQLException {
    return new Sample(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        SampleOutcome.valueOf(rs.getString(6)),
        rs.getString(7),
        rs.getObject(8, OffsetDateTime.class));
  }

  private static Evidence evidence(ResultSet rs, int n) throws SQLException {
    String witness = rs.getString(8);
    String kind = rs.getString(11);
    return new Evidence(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        Method.valueOf(rs.getString(5)),
        rs.getObject(6, LocalDate.class),
        rs.getBoolean(7),
        witness == null ? null : new Witness(witness, rs.getString(9)),
        Source.valueOf(rs.getString(10)),
        kind == null ? null : PlatformKind.valueOf(kind),
        rs.getString(12),
        rs.getString(13),
        rs.getString(14),
        rs.getObject(15, OffsetDateTime.class),
        rs.getString(16));
  }

  private static Judgement judgement(ResultSet rs, int n) throws SQLException {
    return new Judgement(
        rs.getString(1),
        rs.getString(2),
        Verdict.valueOf(rs.getString(3)),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getBoolean(7),
        rs.getBoolean(8),
        rs.getObject(9, OffsetDateTime.class),
        rs.getString(10),
        List.of(),
        rs.getInt(11),
        null);
  }

  private static EvidenceFile file(ResultSet rs, int n) throws SQLException {
    return new EvidenceFile(
        rs.getString(1),
        rs.getString(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getString(5),
        rs.getLong(6),
        rs.getString(7),
        rs.getInt(8));
  }

  private static AssessmentRecord record(ResultSet rs, int n) throws SQLException {
    return new AssessmentRecord(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getObject(4, LocalDate.class),
        rs.getString(5),
        rs.getString(6),
        rs.getInt(7),
        rs.getString(8),
        rs.getString(9),
        rs.getObject(10, OffsetDateTime.class));
  }
}
