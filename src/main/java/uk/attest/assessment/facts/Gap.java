package uk.attest.assessment.facts;

/** Required minus demonstrated proficiency for one competency of one role (the heat map). */
public record Gap(
    String roleId,
    String competencyId,
    int required,
    int demonstrated,
    String rule,
    String reason) {
  public int size() {
    return Math.max(0, required - demonstrated);
  }
}
