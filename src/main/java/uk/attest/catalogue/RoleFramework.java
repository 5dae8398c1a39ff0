package uk.attest.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A role's competency framework, imported from a role profile, with each competency mapped to the
 * NOS criteria that evidence it.
 *
 * @param notes sections of the profile the framework does not model, kept verbatim by heading
 */
public record RoleFramework(
    String id,
    String title,
    int level,
    String summary,
    List<Competency> competencies,
    List<Metric> metrics,
    List<Responsibility> responsibilities,
    List<Pathway> entryPaths,
    List<Pathway> progression,
    Map<String, String> notes) {

  public RoleFramework {
    competencies = List.copyOf(competencies);
    metrics = List.copyOf(metrics);
    responsibilities = List.copyOf(responsibilities);
    entryPaths = List.copyOf(entryPaths);
    progression = List.copyOf(progression);
    notes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(notes));
  }

  /** The first progression pathway, which the career progression score measures against. */
  public Optional<Pathway> nextRole() {
    return progression.stream().findFirst();
  }

  /** What a role demands; proficiency is null where the profile states none. */
  public record Competency(
      String id,
      CompetencyKind kind,
      String name,
      String description,
      List<String> skills,
      String proficiency,
      List<String> evidencedBy) {

    public Competency {
      skills = List.copyOf(skills);
      evidencedBy = List.copyOf(evidencedBy);
    }
  }

  /** A performance metric; qualitative ones say what evidence shows it. */
  public record Metric(
      String name,
      boolean quantitative,
      String description,
      String target,
      String frequency,
      String example,
      String evidence) {}

  public record Responsibility(String id, String text, List<String> evidencedBy) {
    public Responsibility {
      evidencedBy = List.copyOf(evidencedBy);
    }
  }

  /** A move into or out of the role; level is null where the profile gives none. */
  public record Pathway(String title, Integer level, String typicalTime) {}

  public enum CompetencyKind {
    FOUNDATION,
    TECHNICAL,
    TOOL,
    INDUSTRY,
    REGULATION
  }
}
