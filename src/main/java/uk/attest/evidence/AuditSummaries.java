package uk.attest.evidence;

import java.util.LinkedHashMap;
import java.util.Map;

/** How evidence and judgements are summed up in the audit trail's before and after states. */
final class AuditSummaries {
  private AuditSummaries() {}

  static Map<String, Object> of(EvidenceView v) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("title", v.evidence().title());
    s.put("method", v.evidence().method());
    s.put("activityDate", v.evidence().activityDate().toString());
    s.put("source", v.evidence().source());
    s.put("criteria", v.criteria());
    s.put(
        "files",
        v.files().stream()
            .map(f -> Map.of("name", f.fileName(), "size", f.size(), "sha256", f.sha256()))
            .toList());
    return s;
  }

  /** An item's files version, with its files, for the audit trail. */
  static Map<String, Object> of(FileVersion v) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("version", v.number());
    s.put(
        "files",
        v.files().stream()
            .map(f -> Map.of("name", f.fileName(), "size", f.size(), "sha256", f.sha256()))
            .toList());
    if (v.reason() != null) {
      s.put("reason", v.reason());
    }
    return s;
  }

  static Map<String, Object> of(Judgement j) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("judgement", j.id());
    s.put("verdict", j.verdict());
    s.put("proficiency", j.proficiency());
    s.put("assessorId", j.assessorId());
    s.put("criteria", j.criteria());
    return s;
  }
}
