package uk.attest.suggestions.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the text of an uploaded evidence file of a type uploads accept, within limits. The parse
 * runs on a small shared pool of daemon threads and is given up when time runs out, so a hostile or
 * pathological file costs at most the timeout; a damaged file reads as nothing, with a note saying
 * why, and never as an exception.
 */
public final class TextExtractor {
  private static final Logger LOG = LoggerFactory.getLogger(TextExtractor.class);

  static final String NO_TEXT_IN_MEDIA = "Pictures, audio and video have no text to read.";
  static final String INTERRUPTED = "Reading was interrupted.";

  /**
   * How much may be read: characters of text kept, PDF pages read, bytes of the file taken in, and
   * time, counted from the call, before the reading is given up.
   */
  public record Limits(int maxChars, int maxPdfPages, Duration timeout, long maxInputBytes) {
    public Limits {
      Objects.requireNonNull(timeout, "timeout");
      if (maxChars < 1
          || maxPdfPages < 1
          || maxInputBytes < 1
          || timeout.isNegative()
          || timeout.isZero()) {
        throw new IllegalArgumentException("text limits must all be positive");
      }
      if (maxInputBytes > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException("maxInputBytes must fit in memory: " + maxInputBytes);
      }
    }

    /** 200,000 characters, 200 pages, 10 seconds, 25 MB. */
    public static Limits defaults() {
      return new Limits(200_000, 200, Duration.ofSeconds(10), 25L * 1024 * 1024);
    }
  }

  /** How to read one media type, and what to call it in a note ("read as a PDF"). */
  private record Format(String called, Reader reader, boolean prefixReadable) {}

  @FunctionalInterface
  private interface Reader {
    void read(byte[] bytes, TextSink sink, Limits limits) throws Exception;
  }

  private static final Map<String, Format> FORMATS =
      Map.of(
          "application/pdf",
          new Format("a PDF", (b, s, l) -> PdfText.read(b, s, l.maxPdfPages()), false),
          "text/plain",
          new Format("text", (b, s, l) -> PlainText.read(b, s), true),
          "text/csv",
          new Format("CSV", (b, s, l) -> PlainText.read(b, s), true),
          "application/json",
          new Format("JSON", (b, s, l) -> JsonText.read(b, s), false),
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          new Format("a Word document", (b, s, l) -> OfficeText.word(b, s), false),
          "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          new Format("a PowerPoint presentation", (b, s, l) -> OfficeText.slides(b, s), false),
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          new Format("an Excel workbook", (b, s, l) -> OfficeText.workbook(b, s), false),
          "application/vnd.oasis.opendocument.text",
          new Format("an OpenDocument text", (b, s, l) -> OpenDocumentText.read(b, s), false),
          "application/vnd.oasis.opendocument.spreadsheet",
          new Format(
              "an OpenDocument spreadsheet", (b, s, l) -> OpenDocumentText.read(b, s), false));

  private static final ExecutorService WORKERS = workers();

  private final Limits limits;

  public TextExtractor() {
    this(Limits.defaults());
  }

  public TextExtractor(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * The text of the file in {@code in}, whose media type was detected from its bytes. The stream is
   * read (not closed) on a worker thread. Pictures, audio and video read as nothing, with a note.
   *
   * @throws IllegalArgumentException for a type uploads do not accept
   * @throws UncheckedIOException if the stream itself cannot be read (not for damaged content)
   */
  public Extracted extract(InputStream in, String mediaType) {
    Objects.requireNonNull(in, "in");
    String type = bareType(mediaType);
    if (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")) {
      return new Extracted("", false, NO_TEXT_IN_MEDIA);
    }
    Format format = FORMATS.get(type);
    if (format == null) {
      throw new IllegalArgumentException("Attest does not read files of type " + mediaType);
    }
    TextSink sink = new TextSink(limits.maxChars());
    Future<?> work = WORKERS.submit(() -> read(in, format, sink));
    try {
      work.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      giveUp(work, sink, "Reading stopped after " + words(limits.timeout()) + ".");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      giveUp(work, sink, INTERRUPTED);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException unreadable) {
        throw unreadable;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("reading text failed", e.getCause());
    }
    return new Extracted(sink.text(), sink.truncated(), sink.note());
  }

  private void read(InputStream in, Format format, TextSink sink) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) limits.maxInputBytes() + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > limits.maxInputBytes()) {
      String size = bytesInWords(limits.maxInputBytes());
      if (!format.prefixReadable()) {
        sink.cut("The file is larger than " + size + "; nothing was read.");
        return;
      }
      bytes = Arrays.copyOf(bytes, (int) limits.maxInputBytes());
      sink.cut("Only the first " + size + " of the file were read.");
    }
    try {
      format.reader().read(bytes, sink, limits);
    } catch (Exception | StackOverflowError e) {
      // A parser may wrap the sink's Stop in its own exception; what the sink says is the truth.
      if (!sink.full() && !sink.stopped()) {
        LOG.debug("Could not read a file as {}", format.called(), e);
        sink.clear();
        sink.note("The file could not be read as " + format.called() + ": " + reason(e) + ".");
      }
    }
    if (sink.full()) {
      sink.cut(String.format(Locale.UK, "Only the first %,d characters were read.", sink.max()));
    }
  }

  private static void giveUp(Future<?> work, TextSink sink, String note) {
    sink.stop();
    work.cancel(true);
    sink.cut(note);
  }

  private static String bareType(String mediaType) {
    if (mediaType == null || mediaType.isBlank()) {
      throw new IllegalArgumentException("Attest does not read files of no type");
    }
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  /** The first line of what went wrong, short enough for a note. */
  private static String reason(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    // StAX puts the position first and the reason after "Message: " on a later line.
    int reasonAt = message.indexOf("Message: ");
    String line =
        (reasonAt >= 0 ? message.substring(reasonAt + "Message: ".length()) : message)
            .strip()
            .lines()
            .findFirst()
            .orElse("")
            .strip();
    if (line.length() > 150) {
      line = line.substring(0, 147) + "...";
    }
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }

  private static String words(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 1000 != 0) {
      return millis + (millis == 1 ? " millisecond" : " milliseconds");
    }
    long seconds = millis / 1000;
    return seconds + (seconds == 1 ? " second" : " seconds");
  }

  private static String bytesInWords(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
  }

  private static ExecutorService workers() {
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors() / 2);
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "attest-text-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
