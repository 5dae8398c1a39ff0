package uk.attest.suggestions;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The sentence-embedding model: all-MiniLM-L6-v2, quantised to 8 bits, read from its Maven artifact
 * on the class path (nothing is downloaded). Each text becomes a unit vector of 384 numbers; texts
 * that mean similar things get vectors with a high dot product. One model serves every thread (ONNX
 * Runtime sessions are safe to share); each call uses one core.
 */
final class SentenceEmbedder {
  /**
   * A model: its files on the class path and how it pools tokens. bge-small-en-v1.5 and e5-small-v2
   * were measured too and ranked worse (README, "Suggested criteria").
   */
  record Spec(String name, String modelFile, String tokenizerFile, PoolingMode pooling) {}

  static final Spec MINILM =
      new Spec(
          "all-MiniLM-L6-v2 (quantised, ONNX)",
          "all-minilm-l6-v2-q.onnx",
          "all-minilm-l6-v2-q-tokenizer.json",
          PoolingMode.MEAN);

  /** The model in use: MiniLM ranked best of the three small models measured (see README). */
  static final Spec SPEC = MINILM;

  static final String MODEL = SPEC.name();

  private static volatile SentenceEmbedder shared;

  private final Model model;

  private SentenceEmbedder(Model model) {
    this.model = model;
  }

  /** The one model of this process, loaded on first use (about 2 s and 60 MB). */
  static SentenceEmbedder shared() {
    SentenceEmbedder s = shared;
    if (s == null) {
      synchronized (SentenceEmbedder.class) {
        s = shared;
        if (s == null) {
          s = new SentenceEmbedder(load(SPEC));
          shared = s;
        }
      }
    }
    return s;
  }

  float[] embed(String text) {
    return model.embed(text).content().vector();
  }

  float[][] embed(List<String> texts) {
    List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
    var embeddings = model.embedAll(segments).content();
    float[][] vectors = new float[embeddings.size()][];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = embeddings.get(i).vector();
    }
    return vectors;
  }

  static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static Model load(Spec spec) {
    ClassLoader loader = SentenceEmbedder.class.getClassLoader();
    try (InputStream modelBytes = loader.getResourceAsStream(spec.modelFile());
        InputStream tokenizer = loader.getResourceAsStream(spec.tokenizerFile())) {
      if (modelBytes == null || tokenizer == null) {
        throw new IllegalStateException(
            "the sentence-embedding model " + spec.modelFile() + " is not on the class path");
      }
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      // One core per call: requests run side by side on their own threads instead.
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = environment.createSession(modelBytes.readAllBytes(), options);
      return new Model(new OnnxBertBiEncoder(environment, session, tokenizer, spec.pooling()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("the sentence-embedding model would not load: " + e, e);
    }
  }

  /** langchain4j's in-process model around our own session, embedding in the calling thread. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return 384;
    }
  }
}
