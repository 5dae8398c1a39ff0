package uk.attest.catalogue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything in criteria/, validated, with the content hash that versions it. */
public final class Catalogue {
  private final Policy policy;
  private final Map<String, NosUnit> units;
  private final Map<String, Criterion> criteria;
  private final Map<String, Qualification> qualifications;
  private final Map<String, RoleFramework> roles;
  private final String version;

  public Catalogue(
      Policy policy,
      Collection<NosUnit> units,
      Collection<Qualification> qualifications,
      Collection<RoleFramework> roles,
      String version) {
    this.policy = policy;
    this.units = index(units, NosUnit::code);
    this.criteria =
        units.stream()
            .flatMap(u -> u.criteria().stream())
            .collect(Collectors.toMap(Criterion::id, c -> c, (a, b) -> a, LinkedHashMap::new));
    this.qualifications = index(qualifications, Qualification::id);
    this.roles = index(roles, RoleFramework::id);
    this.version = version;
  }

  private static <T> Map<String, T> index(Collection<T> items, Function<T, String> key) {
    return items.stream().collect(Collectors.toMap(key, t -> t, (a, b) -> a, LinkedHashMap::new));
  }

  public Policy policy() {
    return policy;
  }

  /** The content hash of criteria/, so every assessment names the catalogue it was made with. */
  public String version() {
    return version;
  }

  public List<NosUnit> units() {
    return List.copyOf(units.values());
  }

  public Optional<NosUnit> unit(String code) {
    return Optional.ofNullable(units.get(code));
  }

  public Optional<Criterion> criterion(String id) {
    return Optional.ofNullable(criteria.get(id));
  }

  public List<Qualification> qualifications() {
    return List.copyOf(qualifications.values());
  }

  public Optional<Qualification> qualification(String id) {
    return Optional.ofNullable(qualifications.get(id));
  }

  public List<RoleFramework> roles() {
    return List.copyOf(roles.values());
  }

  public Optional<RoleFramework> role(String id) {
    return Optional.ofNullable(roles.get(id));
  }

  /** The role whose title matches a pathway's title, ignoring case and spacing. */
  public Optional<RoleFramework> roleTitled(String title) {
    String wanted = Slugs.slug(title);
    return roles.values().stream().filter(r -> Slugs.slug(r.title()).equals(wanted)).findFirst();
  }

  /** The NOS criteria an item of a role maps to, expanding whole-unit references. */
  public List<String> expand(List<String> references) {
    return references.stream()
        .flatMap(
            ref ->
                units.containsKey(ref)
                    ? units.get(ref).criteria().stream().map(Criterion::id)
                    : java.util.stream.Stream.of(ref))
        .distinct()
        .toList();
  }
}
