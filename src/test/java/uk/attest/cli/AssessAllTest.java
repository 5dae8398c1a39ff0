package uk.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** assess-all: every bundle of a folder assessed, one JSON line each, then a summary line. */
class AssessAllTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  @TempDir Path temp;

  private Path folderOf(int copies) throws Exception {
    Path folder = Files.createDirectories(temp.resolve("bundles"));
    List<String> examples = List.of("ready-learner", "gaps-learner", "l6-progressing-learner");
    for (int i = 0; i < copies; i++) {
      String example = examples.get(i % examples.size());
      Files.copy(
          Path.of("examples", example + ".json"),
          folder.resolve(String.format("%03d-%s.json", i, example)));
    }
    return folder;
  }

  @Test
  void every_learner_gets_one_line_in_file_order_and_the_last_line_counts_them() throws Exception {
    Path folder = folderOf(12);
    Path out = temp.resolve("all.ndjson");

    CliTest.Run r =
        CliTest.run(
            "assess-all", folder.toString(), "--out", out.toString(), "--date", "2026-11-20");

    assertThat(r.exit()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(13);
    for (int i = 0; i < 12; i++) {
      JsonNode line = JSON.readTree(lines.get(i));
      assertThat(line.get("file").asString()).startsWith(String.format("%03d-", i));
      assertThat(line.get("assessment").get("assessedOn").asString()).isEqualTo("2026-11-20");
    }
    assertThat(
            JSON.readTree(lines.get(0))
                .get("assessment")
                .get("qualification")
                .get("readiness")
                .get("status")
                .asString())
        .isEqualTo("READY");
    JsonNode summary = JSON.readTree(lines.get(12)).get("summary");
    assertThat(summary.get("learners").asInt()).isEqualTo(12);
    assertThat(summary.get("assessed").asInt()).isEqualTo(12);
    assertThat(summary.get("failed").asInt()).isZero();
    assertThat(summary.get("assessmentsPerSecond").asDouble()).isPositive();
    assertThat(r.err()).contains("assessed 12 of 12 learners");
  }

  @Test
  void the_same_learner_is_assessed_the_same_in_a_batch_as_alone() throws Exception {
    Path folder = folderOf(3);
    Path out = temp.resolve("all.ndjson");
    CliTest.run("assess-all", folder.toString(), "--out", out.toString(), "--date", "2026-11-20");
    CliTest.Run alone = CliTest.run("assess", "examples/gaps-learner.json", "--date", "2026-11-20");

    JsonNode batch = JSON.readTree(Files.readAllLines(out).get(1)).get("assessment");
    assertThat(batch).isEqualTo(JSON.readTree(alone.out()));
  }

  @Test
  void a_bundle_that_cannot_be_read_gets_a_line_naming_its_problem_and_the_rest_go_on()
      throws Exception {
    Path folder = folderOf(2);
    Files.writeString(folder.resolve("999-broken.json"), "{\"learner\": 1}");
    Path out = temp.resolve("all.ndjson");

    CliTest.Run r =
        CliTest.run(
            "assess-all", folder.toString(), "--out", out.toString(), "--date", "2026-11-20");

    assertThat(r.exit()).isEqualTo(2);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(4);
    JsonNode broken = JSON.readTree(lines.get(2));
    assertThat(broken.get("file").asString()).isEqualTo("999-broken.json");
    assertThat(broken.get("problems").size()).isPositive();
    assertThat(JSON.readTree(lines.get(3)).get("summary").get("failed").asInt()).isEqualTo(1);
  }

  @Test
  void a_folder_that_is_not_there_is_refused() {
    CliTest.Run r = CliTest.run("assess-all", temp.resolve("nope").toString(), "--out", "x.ndjson");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("not a folder of evidence bundles");
  }
}
