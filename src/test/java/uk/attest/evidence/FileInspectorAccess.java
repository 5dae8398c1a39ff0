package uk.attest.evidence;

/** Lets tests compute a SHA-256 the way the service does. */
public final class FileInspectorAccess {
  private FileInspectorAccess() {}

  public static String sha256(byte[] bytes) {
    return FileInspector.sha256(bytes);
  }
}
