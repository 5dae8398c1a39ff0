package uk.attest.assessment.facts;

import java.util.List;
import uk.attest.catalogue.Proficiency;

/** The policy's proficiency scale, so reasons can name levels rather than numbers. */
public record Scale(List<Proficiency> levels) {
  public Scale {
    levels = List.copyOf(levels);
  }

  public String name(int value) {
    if (value <= 0) {
      return "none";
    }
    for (Proficiency p : levels) {
      if (p.value() == value) {
        return p.name();
      }
    }
    return String.valueOf(value);
  }
}
