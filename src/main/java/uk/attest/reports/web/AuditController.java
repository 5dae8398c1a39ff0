package uk.attest.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.attest.audit.AuditCheckpoints;
import uk.attest.audit.AuditEntry;
import uk.attest.audit.AuditTrail;
import uk.attest.reports.AuditReading;
import uk.attest.shared.Actor;

/** The audit trail: read it, check its chain, and see one learner's entries. */
@Tag(name = "Audit trail", description = "Read the audit trail and check its hash chain.")
@RestController
class AuditController {
  private final AuditReading audit;

  AuditController(AuditReading audit) {
    this.audit = audit;
  }

  /** Entries after a number, oldest first; at most {@code limit} (default 100, at most 1000). */
  @Operation(summary = "Read the audit trail, oldest first (admins)")
  @GetMapping("/api/audit")
  List<AuditEntry> entries(
      Actor actor,
      @RequestParam(defaultValue = "0") long after,
      @RequestParam(defaultValue = "100") int limit) {
    return audit.entries(actor, after, limit);
  }

  /**
   * Walks every chain and names the first entry of each that was edited, inserted or removed, and
   * compares every chain with the newest signed checkpoint (truncated since checkpoint N).
   */
  @Operation(summary = "Check the audit trail's hash chains against its signed checkpoints")
  @GetMapping("/api/audit/verify")
  AuditTrail.Verification verify(Actor actor) {
    return audit.verify(actor);
  }

  /** Takes a signed checkpoint of every chain's head now, outside the database. */
  @Operation(summary = "Take a signed checkpoint of the audit trail now (admins)")
  @PostMapping("/api/audit/checkpoints")
  @ResponseStatus(HttpStatus.CREATED)
  AuditCheckpoints.Checkpoint checkpoint(Actor actor) {
    return audit.checkpoint(actor);
  }

  @Operation(summary = "A learner's entries in the audit trail")
  @GetMapping("/api/learners/{id}/audit")
  List<AuditEntry> ofLearner(Actor actor, @PathVariable String id) {
    return audit.ofLearner(actor, id);
  }
}
