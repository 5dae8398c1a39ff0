package uk.attest.learners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.attest.learners.People.Approval;
import uk.attest.learners.People.Assessor;
import uk.attest.learners.People.AwardingBody;
import uk.attest.learners.People.Centre;
import uk.attest.learners.People.Learner;
import uk.attest.learners.People.Registration;

/** Centres, assessors, learners and registrations in SQL. */
@Repository
public class PeopleRepository {
  private final JdbcClient jdbc;

  PeopleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Centre c) {
    jdbc.sql("insert into centre (id, name, created_at) values (?, ?, ?)")
        .params(c.id(), c.name(), c.createdAt())
        .update();
  }

  void insert(Assessor a) {
    jdbc.sql(
            "insert into assessor (id, centre_id, name, qualified, created_at) values (?, ?, ?, ?, ?)")
        .params(a.id(), a.centreId(), a.name(), a.qualified(), a.createdAt())
        .update();
  }

  void insert(Learner l) {
    jdbc.sql("insert into learner (id, centre_id, name, uln, created_at) values (?, ?, ?, ?, ?)")
        .params(l.id(), l.centreId(), l.name(), l.uln(), l.createdAt())
        .update();
  }

  /**
   * Every registration of the learner now names this assessor (a learner has one assessor); the
   * change itself is kept in assessor_change.
   */
  void reassign(String learnerId, String assessorId) {
    jdbc.sql("update registration set assessor_id = ? where learner_id = ?")
        .params(assessorId, learnerId)
        .update();
  }

  void insert(People.AssessorChange c, String accountId) {
    jdbc.sql(
            "insert into assessor_change (id, learner_id, from_assessor_id, to_assessor_id,"
                + " account_id, name, changed_at, reason) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            c.id(),
            c.learnerId(),
            c.fromAssessorId(),
            c.toAssessorId(),
            accountId,
            c.name(),
            c.changedAt(),
            c.reason())
        .update();
  }

  /** A learner's changes of assessor, oldest first. */
  public List<People.AssessorChange> assessorChanges(String learnerId) {
    return jdbc.sql(
            "select id, learner_id, from_assessor_id, to_assessor_id, name, changed_at, reason"
                + " from assessor_change where learner_id = ? order by changed_at, id")
        .param(learnerId)
        .query(
            (rs, n) ->
                new People.AssessorChange(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6, OffsetDateTime.class),
                    rs.getString(7)))
        .list();
  }

  void insert(Registration r) {
    jdbc.sql(
            "insert into registration (id, learner_id, qualification_id, role_id, start_date, weekly_hours, assessor_id, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            r.id(),
            r.learnerId(),
            r.qualificationId(),
            r.currentRole(),
            r.startDate(),
            r.weeklyLearningHours(),
            r.assessorId(),
            r.createdAt())
        .update();
  }

  void insert(AwardingBody b) {
    jdbc.sql("insert into awarding_body (id, name, created_at) values (?, ?, ?)")
        .params(b.id(), b.name(), b.createdAt())
        .update();
  }

  void insert(Approval a) {
    jdbc.sql(
            "insert into centre_approval (centre_id, awarding_body_id, approved_at) values (?, ?, ?)")
        .params(a.centreId(), a.awardingBodyId(), a.approvedAt())
        .update();
  }

  public Optional<AwardingBody> awardingBody(String id) {
    return jdbc.sql("select id, name, created_at from awarding_body where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new AwardingBody(
                    rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
        .optional();
  }

  public List<AwardingBody> awardingBodies() {
    return jdbc.sql("select id, name, created_at from awarding_body order by name, id")
        .query(
            (rs, n) ->
                new AwardingBody(
                    rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
        .list();
  }

  public List<Approval> approvals(String centreId) {
    return jdbc.sql(
            "select centre_id, awarding_body_id, approved_at from centre_approval"
                + " where centre_id = ? order by awarding_body_id")
        .param(centreId)
        .query(
            (rs, n) ->
                new Approval(
                    rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
        .list();
  }

  /** Whether a registration of the learner names the assessor. */
  boolean assigned(String learnerId, String assessorId) {
    return jdbc.sql("select count(*) from registration where learner_id = ? and assessor_id = ?")
            .params(learnerId, assessorId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Whether the centre is registered with the awarding body. */
  boolean approved(String centreId, String awardingBodyId) {
    return jdbc.sql(
                "select count(*) from centre_approval where centre_id = ? and awarding_body_id = ?")
            .params(centreId, awardingBodyId)
            .query(Long.class)
            .single()
        > 0;
  }

  public Optional<Centre> centre(String id) {
    return jdbc.sql("select id, name, created_at from centre where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Centre(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
        .optional();
  }

  public boolean anyCentre() {
    return jdbc.sql("select count(*) from centre").query(Long.class).single() > 0;
  }

  public List<Centre> centres() {
    return jdbc.sql("select id, name, created_at from centre order by name, id")
        .query(
            (rs, n) ->
                new Centre(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
        .list();
  }

  public Optional<Assessor> assessor(String id) {
    return jdbc.sql("select id, centre_id, name, qualified, created_at from assessor where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Assessor(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4),
                    rs.getObject(5, OffsetDateTime.class)))
        .optional();
  }

  public Optional<Learner> learner(String id) {
    return jdbc.sql("select id, centre_id, name, uln, created_at from learner where id = ?")
        .param(id)
        .query(PeopleRepository::learner)
        .optional();
  }

  public Optional<Learner> learnerByUln(String uln) {
    return jdbc.sql("select id, centre_id, name, uln, created_at from learner where uln = ?")
        .param(uln)
        .query(PeopleRepository::learner)
        .optional();
  }

  public List<Learner> learners(String centreId) {
    return jdbc.sql(
            "select id, centre_id, name, uln, created_at from learner where centre_id = ? order by name, id")
        .param(centreId)
        .query(PeopleRepository::learner)
        .list();
  }

  /**
   * Locks the learner's row until the transaction ends, so changes to one learner's records (and
   * the assessment recomputed from them) happen one after another.
   */
  public Optional<Learner> lockLearner(String id) {
    return jdbc.sql(
            "select id, centre_id, name, uln, created_at from learner where id = ? for update")
        .param(id)
        .query(PeopleRepository::learner)
        .optional();
  }

  private static Learner learner(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Learner(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getObject(5, OffsetDateTime.class));
  }

  /** Every registration that names the assessor, oldest first: whom they assess, on what. */
  public List<Registration> registrationsAssessedBy(String assessorId) {
    return jdbc.sql(
            "select id, learner_id, qualification_id, role_id, start_date, weekly_hours, assessor_id, created_at"
                + " from registration where assessor_id = ? order by created_at, id")
        .param(assessorId)
        .query(PeopleRepository::registration)
        .list();
  }

  /** The registrations of a centre's learners, oldest first. */
  public List<Registration> registrationsAtCentre(String centreId) {
    return jdbc.sql(
            "select r.id, r.learner_id, r.qualification_id, r.role_id, r.start_date, r.weekly_hours,"
                + " r.assessor_id, r.created_at from registration r join learner l on l.id ="
                + " r.learner_id where l.centre_id = ? order by r.created_at, r.id")
        .param(centreId)
        .query(PeopleRepository::registration)
        .list();
  }

  /** The learners with these ids (those that exist), by name. */
  public List<Learner> learners(java.util.Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select id, centre_id, name, uln, created_at from learner where id in (:ids) order by name, id")
        .param("ids", List.copyOf(ids))
        .query(PeopleRepository::learner)
        .list();
  }

  /** The assessors of a centre, by name. */
  public List<Assessor> assessors(String centreId) {
    return jdbc.sql(
            "select id, centre_id, name, qualified, created_at from assessor where centre_id = ?"
                + " order by name, id")
        .param(centreId)
        .query(
            (rs, n) ->
                new Assessor(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4),
                    rs.getObject(5, OffsetDateTime.class)))
        .list();
  }

  public List<Registration> registrations(String learnerId) {
    return jdbc.sql(
            "select id, learner_id, qualification_id, role_id, start_date, weekly_hours, assessor_id, created_at"
                + " from registration where learner_id = ? order by created_at, id")
        .param(learnerId)
        .query(PeopleRepository::registration)
        .list();
  }

  private static Registration registration(java.sql.ResultSet rs, int n)
      throws java.sql.SQLException {
    return new Registration(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getObject(5, LocalDate.class),
        rs.getObject(6, BigDecimal.class),
        rs.getString(7),
        rs.getObject(8, OffsetDateTime.class));
  }
}
