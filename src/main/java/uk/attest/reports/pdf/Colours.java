package uk.attest.reports.pdf;

import java.awt.Color;

/** Colour arithmetic for the portfolio: the configured hex colours, tints, and text on a fill. */
public final class Colours {
  private Colours() {}

  static Color hex(String rgb) {
    return new Color(Integer.parseInt(rgb.replace("#", ""), 16));
  }

  /** {@code c} moved towards {@code with} by {@code amount} (0 keeps c, 1 gives with). */
  static Color mix(Color c, Color with, double amount) {
    return new Color(
        (int) Math.round(c.getRed() + (with.getRed() - c.getRed()) * amount),
        (int) Math.round(c.getGreen() + (with.getGreen() - c.getGreen()) * amount),
        (int) Math.round(c.getBlue() + (with.getBlue() - c.getBlue()) * amount));
  }

  /** Black or white text, whichever contrasts more with the background (WCAG luminance). */
  public static Color onColour(Color bg) {
    double l =
        0.2126 * linear(bg.getRed())
            + 0.7152 * linear(bg.getGreen())
            + 0.0722 * linear(bg.getBlue());
    return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? Color.WHITE : Color.BLACK;
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
