package uk.attest.reports.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.attest.audit.AuditEntry;
import uk.attest.audit.AuditTrail;
import uk.attest.reports.AuditReading;
import uk.attest.shared.Actor;

/** The audit trail: read it, check its chain, and see one learner's entries. */
@RestController
class AuditController {
  private final AuditReading audit;

  AuditController(AuditReading audit) {
    this.audit = audit;
  }

  /** Entries after a number, oldest first; at most {@code limit} (default 100, at most 1000). */
  @GetMapping("/api/audit")
  List<AuditEntry> entries(
      Actor actor,
      @RequestParam(defaultValue = "0") long after,
      @RequestParam(defaultValue = "100") int limit) {
    return audit.entries(actor, after, limit);
  }

  /** Walks the whole chain and names the first entry that was edited, inserted or removed. */
  @GetMapping("/api/audit/verify")
  AuditTrail.Verification verify(Actor actor) {
    return audit.verify(actor);
  }

  @GetMapping("/api/learners/{id}/audit")
  List<AuditEntry> ofLearner(Actor actor, @PathVariable String id) {
    return audit.ofLearner(actor, id);
  }
}
