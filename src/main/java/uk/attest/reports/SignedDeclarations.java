package uk.attest.reports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.attest.accounts.Access;
import uk.attest.accounts.StepUp;
import uk.attest.audit.AuditTrail;
import uk.attest.evidence.AssessmentRecord;
import uk.attest.evidence.LearnerAssessments;
import uk.attest.learners.People.Learner;
import uk.attest.learners.PeopleRepository;
import uk.attest.shared.Actor;
import uk.attest.shared.ConflictException;
import uk.attest.shared.Dates;
import uk.attest.shared.Ids;
import uk.attest.shared.Limits;
import uk.attest.shared.NotFoundException;
import uk.attest.shared.Role;

/**
 * The declarations on a learner's portfolio, signed by people: the learner their own, their
 * qualified assessor the assessor's, the centre's IQA the IQA's. Signing is an explicit act after
 * re-entering one's password; it records the newest assessment record, so a later change to the
 * evidence or its assessment shows the signature covers an earlier state. Nothing is ever signed
 * automatically.
 */
@Service
public class SignedDeclarations {
  private final DeclarationSignatures signatures;
  private final LearnerAssessments assessments;
  private final PeopleRepository people;
  private final ReportAssets assets;
  private final Access access;
  private final StepUp stepUp;
  private final AuditTrail audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  SignedDeclarations(
      DeclarationSignatures signatures,
      LearnerAssessments assessments,
      PeopleRepository people,
      ReportAssets assets,
      Access access,
      StepUp stepUp,
      AuditTrail audit,
      TransactionTemplate transaction,
      Clock clock) {
    this.signatures = signatures;
    this.assessments = assessments;
    this.people = people;
    this.assets = assets;
    this.access = access;
    this.stepUp = stepUp;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** The signer's password again, as a step-up before they sign. */
  public record SignRequest(
      @Schema(maxLength = Limits.PASSWORD, format = "password", description = "Your own password")
          String password) {}

  /**
   * One declaration as a person reads it.
   *
   * @param signature the newest signature, or null while not signed
   * @param stale whether the evidence or its assessment has changed since it was signed
   * @param maySign whether the reader may sign it
   */
  public record Declaration(
      Role role,
      String title,
      String text,
      DeclarationSignature signature,
      boolean stale,
      boolean maySign) {

    /** The same words the portfolio prints. */
    public String status() {
      return toPortfolio().status();
    }

    Portfolio.Declaration toPortfolio() {
      return new Portfolio.Declaration(
          role.name(),
          signature == null ? null : signature.signerName(),
          signature == null
              ? null
              : signature.signedAt().atZoneSameInstant(Dates.LONDON).toLocalDate(),
          text,
          signature == null
              ? null
              : signature.recordCreatedAt().atZoneSameInstant(Dates.LONDON).toLocalDate(),
          stale);
    }
  }

  /** The learner's three declarations today, with what the reader may sign. */
  public List<Declaration> declarations(Actor by, String learnerId) {
    return transaction.execute(
        status -> {
          List<AssessmentRecord> history = assessments.history(by, learnerId);
          Learner learner = people.learner(learnerId).orElseThrow();
          Map<Role, DeclarationSignature> signed =
              signatures.newest(learnerId, Dates.now(clock).plusSeconds(1));
          String newest = history.isEmpty() ? null : history.get(0).id();
          List<Declaration> out = new ArrayList<>();
          for (String name : ReportAssets.DECLARATIONS) {
            Role role = Role.valueOf(name);
            DeclarationSignature s = signed.get(role);
            out.add(
                new Declaration(
                    role,
                    title(role),
                    assets.declarations().get(name),
                    s,
                    s != null && !s.recordId().equals(newest),
                    access.signsDeclaration(by, role, learnerId, learner.centreId())));
          }
          return out;
        });
  }

  /**
   * The declarations as they stood at the end of a day, for the portfolio of that day: each newest
   * signature made by then, stale when a newer assessment record had been made by then. The caller
   * has checked that the reader may see the learner's records.
   */
  Map<String, Portfolios.Signature> asOf(
      List<AssessmentRecord> history, String learnerId, LocalDate on) {
    OffsetDateTime end = on.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    String newest =
        history.stream()
            .filter(r -> r.createdAt().isBefore(end))
            .map(AssessmentRecord::id)
            .findFirst()
            .orElse(null);
    Map<String, Portfolios.Signature> out = new LinkedHashMap<>();
    signatures
        .newest(learnerId, end)
        .forEach(
            (role, s) ->
                out.put(
                    role.name(),
                    new Portfolios.Signature(
                        s.signerName(),
                        Dates.day(s.signedAt(), clock),
                        Dates.day(s.recordCreatedAt(), clock),
                        !s.recordId().equals(newest))));
    return out;
  }

  /**
   * Signs the declaration for {@code role} on the learner's portfolio as the signed-in person, once
   * their password proves right. A wrong password, a person who may not sign it, or a learner with
   * nothing assessed yet stores nothing.
   *
   * @param remote the client's address, which the step-up's limit counts by
   */
  public DeclarationSignature sign(
      Actor by, String learnerId, String role, SignRequest request, String remote) {
    Role declaration = ReportAssets.DECLARATIONS.contains(role) ? Role.valueOf(role) : null;
    if (declaration == null) {
      throw new NotFoundException("declaration", role);
    }
    Learner learner =
        transaction.execute(
            status -> {
              assessments.history(by, learnerId); // not found unless the reader sees the records
              return people.learner(learnerId).orElseThrow();
            });
    Access.require(
        access.signsDeclaration(by, declaration, learnerId, learner.centreId()),
        switch (declaration) {
          case LEARNER -> "only the learner signs the learner's declaration";
          case ASSESSOR -> "only the learner's qualified assessor signs the assessor's declaration";
          default -> "only an IQA of the learner's centre signs the IQA declaration";
        });
    // Outside the signing transaction, so a wrong password stays counted against the limit.
    stepUp.confirm(by, "password", request == null ? null : request.password(), remote);
    return transaction.execute(
        status -> {
          List<AssessmentRecord> history = assessments.history(by, learnerId);
          if (history.isEmpty()) {
            throw new ConflictException(
                "learner " + learnerId + " has nothing assessed yet; there is no record to sign");
          }
          AssessmentRecord record = history.get(0);
          DeclarationSignature signed =
              new DeclarationSignature(
                  Ids.next("sig"),
                  learnerId,
                  declaration,
                  by.accountId(),
                  by.name(),
                  record.id(),
                  record.createdAt(),
                  Dates.now(clock));
          signatures.insert(signed);
          Map<String, Object> after = new LinkedHashMap<>();
          after.put("role", declaration.name());
          after.put("signedBy", by.name());
          after.put("record", record.id());
          audit.record(by, "declaration.signed", "learner " + learnerId, learnerId, null, after);
          return signed;
        });
  }

  static String title(Role role) {
    return switch (role) {
      case LEARNER -> "Learner's declaration of authenticity";
      case ASSESSOR -> "Assessor's declaration";
      default -> "Internal quality assurance (IQA) declaration";
    };
  }
}
