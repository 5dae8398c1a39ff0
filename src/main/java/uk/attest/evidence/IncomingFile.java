package uk.attest.evidence;

/**
 * A file as received: the name the client gave (kept only as a label, never as a path), the type it
 * declared (may be null), and the bytes.
 */
public record IncomingFile(String name, String declaredType, byte[] bytes) {}
