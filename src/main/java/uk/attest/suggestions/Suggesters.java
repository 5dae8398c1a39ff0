package uk.attest.suggestions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.attest.catalogue.Catalogue;

/**
 * The service's suggester over its catalogue, built once (the criteria's vectors are computed once
 * per catalogue version). The first request builds it unless start-up already warmed it in the
 * background ({@code attest.suggestions.warm-up}, on by default).
 */
@Component
public class Suggesters {
  private static final Logger log = LoggerFactory.getLogger(Suggesters.class);

  private final Catalogue catalogue;
  private final boolean warmUp;
  private volatile Suggester suggester;

  Suggesters(Catalogue catalogue, @Value("${attest.suggestions.warm-up:true}") boolean warmUp) {
    this.catalogue = catalogue;
    this.warmUp = warmUp;
  }

  public Suggester suggester() {
    Suggester s = suggester;
    if (s == null) {
      synchronized (this) {
        s = suggester;
        if (s == null) {
          long start = System.nanoTime();
          s = Suggester.over(catalogue);
          log.info(
              "Suggester ready over {} standards (catalogue {}) in {} ms",
              catalogue.units().size(),
              catalogue.version(),
              (System.nanoTime() - start) / 1_000_000);
          suggester = s;
        }
      }
    }
    return s;
  }

  public String catalogueVersion() {
    return catalogue.version();
  }

  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    if (warmUp) {
      Thread t = new Thread(this::suggester, "suggester-warm-up");
      t.setDaemon(true);
      t.start();
    }
  }
}
