package uk.attest.catalogue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The criteria/ folder being read: its YAML files, each named as the user gave the folder, and the
 * one list of problems that every reader adds to, in the order they are found.
 */
final class CriteriaFolder {
  private final Path dir;
  private final List<CatalogueProblem> problems = new ArrayList<>();

  CriteriaFolder(Path dir) {
    this.dir = dir;
  }

  Path file(String name) {
    return dir.resolve(name);
  }

  /** Every YAML file below a subfolder, in path order so problems come out the same each time. */
  List<Path> yamlFiles(String folder) {
    Path root = dir.resolve(folder);
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file's path as the user gave the folder, so the message can be opened as printed. */
  String label(Path file) {
    return dir.resolve(dir.relativize(file)).normalize().toString().replace('\\', '/');
  }

  void report(CatalogueProblem problem) {
    problems.add(problem);
  }

  /** How many problems so far: a reader compares before and after to know if its file was clean. */
  int problemCount() {
    return problems.size();
  }

  List<CatalogueProblem> problems() {
    return List.copyOf(problems);
  }

  /** The file's top-level mapping, or null when it cannot be read as YAML (that is reported). */
  YamlMap parse(Path file) {
    String label = label(file);
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported by YamlMap with both lines
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Node node = new Yaml(options).compose(reader);
      if (node == null) {
        problems.add(new CatalogueProblem(label, 1, "", "the file is empty"));
        return null;
      }
      return new YamlMap(label, "", node, problems::add);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      problems.add(new CatalogueProblem(label, line, "", "malformed YAML: " + e.getProblem()));
      return null;
    } catch (MalformedInputException e) {
      problems.add(new CatalogueProblem(label, 1, "", "not UTF-8 text"));
      return null;
    } catch (IOException e) {
      problems.add(new CatalogueProblem(label, 1, "", "cannot read: " + e.getMessage()));
      return null;
    } catch (YAMLException e) {
      problems.add(new CatalogueProblem(label, 1, "", "malformed YAML: " + e.getMessage()));
      return null;
    }
  }
}
