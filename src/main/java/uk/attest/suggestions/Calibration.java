package uk.attest.suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * How the measures of a match combine into one score, and the score below which nothing is
 * suggested. Fitted by logistic regression on the tuning part of the labelled evaluation set (see
 * {@code src/test/resources/suggestions/README.md}); the held-out part was not used.
 *
 * @param weights one weight per feature, in {@link Features} order
 * @param threshold the least score suggested: below it the answer is "no confident match"
 */
record Calibration(double bias, double[] weights, double threshold) {
  static final String RESOURCE = "suggestions/calibration.properties";

  double score(double[] features) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * features[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  static Calibration load() {
    Properties p = new Properties();
    try (InputStream in = Calibration.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double[] weights = new double[Features.NAMES.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = number(p, "weight." + Features.NAMES.get(i));
    }
    return new Calibration(number(p, "bias"), weights, number(p, "threshold"));
  }

  private static double number(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(RESOURCE + ": '" + key + "' is missing");
    }
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(RESOURCE + ": '" + key + "' is not a number: " + value);
    }
  }
}
