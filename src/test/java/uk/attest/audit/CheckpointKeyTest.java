package uk.attest.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit checkpoint key: made once, on first start, and the same key for everyone after. */
class CheckpointKeyTest {

  @TempDir Path folder;

  @Test
  void instancesStartingAtOnceForTheFirstTimeAllUseOneKey() throws Exception {
    int instances = 8;
    ExecutorService pool = Executors.newFixedThreadPool(instances);
    try {
      for (int round = 0; round < 30; round++) {
        Path file = folder.resolve("round-" + round).resolve("checkpoint.key");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> keys = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
          keys.add(
              pool.submit(
                  () -> {
                    start.await();
                    return CheckpointKey.loadOrCreate(file).publicKeyText();
                  }));
        }
        start.countDown();
        List<String> seen = new ArrayList<>();
        for (Future<String> key : keys) {
          seen.add(key.get()); // an instance that read a half-written key file throws here
        }
        assertThat(seen).as("round " + round).containsOnly(seen.get(0));
        assertThat(CheckpointKey.loadOrCreate(file).publicKeyText()).isEqualTo(seen.get(0));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
