package uk.attest.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** criteria/ could not be loaded; carries every problem found, not only the first. */
public final class CatalogueException extends RuntimeException {
  private final List<CatalogueProblem> problems;

  public CatalogueException(List<CatalogueProblem> problems) {
    super(
        problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " in the criteria catalogue:\n"
            + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<CatalogueProblem> problems() {
    return problems;
  }
}
