package uk.attest.suggestions.text;

/**
 * Where a reader puts the text it finds. Whitespace is normalised as it arrives (runs of spaces
 * become one space, paragraph breaks one newline, control characters go), and the text stops at the
 * character limit: the next append then throws {@link Stop}, which ends the parse wherever it is.
 * The extractor's caller may read what has arrived so far while the reader is still working, and
 * may stop it, so every method is synchronized.
 */
final class TextSink {
  /** Thrown into a reader to end its parse: the sink is full or reading was stopped. */
  static final class Stop extends RuntimeException {
    private Stop() {
      super("text reading stopped", null, false, false);
    }
  }

  private final int maxChars;
  private final StringBuilder text = new StringBuilder();
  private boolean pendingSpace;
  private boolean pendingBreak;
  private boolean full;
  private boolean stopped;
  private boolean truncated;
  private String note;

  TextSink(int maxChars) {
    this.maxChars = maxChars;
  }

  /** Adds text, normalising its whitespace; throws {@link Stop} once full or stopped. */
  synchronized void append(CharSequence chars) {
    checkGoing();
    int i = 0;
    while (i < chars.length()) {
      int c = Character.codePointAt(chars, i);
      i += Character.charCount(c);
      if (c == '\n' || c == '\r' || c == 0x0B || c == '\f' || c == 0x2028 || c == 0x2029) {
        pendingBreak = true;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = true;
      } else if (Character.getType(c) != Character.CONTROL && c != 0xFFFE && c != 0xFFFF) {
        emit(c);
      }
    }
  }

  /** Ends a paragraph, cell row or page: what follows starts on a new line. */
  synchronized void paragraph() {
    checkGoing();
    pendingBreak = true;
  }

  /** Separates two pieces of text on the same line, such as two cells. */
  synchronized void space() {
    checkGoing();
    pendingSpace = true;
  }

  /** Records why nothing was read, unless a reason is already recorded. */
  synchronized void note(String sentence) {
    if (note == null) {
      note = sentence;
    }
  }

  /** Records that a limit cut the reading short, and the sentence that says which. */
  synchronized void cut(String sentence) {
    truncated = true;
    note(sentence);
  }

  /** Forgets what was read: a file that turned out damaged reads as nothing. */
  synchronized void clear() {
    text.setLength(0);
    pendingBreak = false;
    pendingSpace = false;
  }

  /** Stops the reader at its next append; used when time runs out. */
  synchronized void stop() {
    stopped = true;
  }

  synchronized boolean full() {
    return full;
  }

  synchronized boolean stopped() {
    return stopped;
  }

  synchronized boolean truncated() {
    return truncated;
  }

  int max() {
    return maxChars;
  }

  synchronized boolean isEmpty() {
    return text.isEmpty();
  }

  synchronized int length() {
    return text.length();
  }

  synchronized String text() {
    return text.toString();
  }

  synchronized String note() {
    return note;
  }

  private void emit(int c) {
    String separator = text.isEmpty() ? "" : pendingBreak ? "\n" : pendingSpace ? " " : "";
    if (text.length() + separator.length() + Character.charCount(c) > maxChars) {
      full = true;
      throw new Stop();
    }
    text.append(separator).appendCodePoint(c);
    pendingBreak = false;
    pendingSpace = false;
  }

  private void checkGoing() {
    if (full || stopped) {
      throw new Stop();
    }
  }
}
