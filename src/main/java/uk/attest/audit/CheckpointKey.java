package uk.attest.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * The Ed25519 key that signs checkpoints, kept in a file outside the database (mode 0600), made on
 * first start. Its two lines are the private key (PKCS#8) and public key (X.509), in Base64.
 */
final class CheckpointKey {
  private final Path file;
  private final PrivateKey privateKey;
  private final PublicKey publicKey;

  private CheckpointKey(Path file, PrivateKey privateKey, PublicKey publicKey) {
    this.file = file;
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  static CheckpointKey loadOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
      if (lines.size() < 2) {
        throw new IllegalStateException(
            "The audit checkpoint key " + file + " should have two lines (private, public key)");
      }
      KeyFactory keys = KeyFactory.getInstance("Ed25519");
      return new CheckpointKey(
          file,
          keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0)))),
          keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1)))));
    } catch (IOException e) {
      throw new UncheckedIOException("The audit checkpoint key " + file + " cannot be read", e);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "The audit checkpoint key " + file + " is not an Ed25519 key pair: " + e.getMessage(), e);
    }
  }

  private static void create(Path file) throws IOException, GeneralSecurityException {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    String text =
        Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())
            + "\n"
            + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())
            + "\n";
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    // The key is written whole to a file of its own first and then linked in under its name, which
    // fails if a key is already there: an instance starting at the same moment never reads a key
    // file that is still being written, and the first key in place is the one everyone uses.
    Path written =
        folder.getFileSystem().supportedFileAttributeViews().contains("posix")
            ? Files.createTempFile(
                folder,
                ".checkpoint-key-",
                ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : Files.createTempFile(folder, ".checkpoint-key-", ".new");
    try {
      Files.writeString(written, text, StandardCharsets.US_ASCII);
      try {
        Files.createLink(file, written);
      } catch (UnsupportedOperationException e) {
        // No hard links here: a move that refuses to replace a key already in place.
        Files.move(written, file);
      }
    } catch (FileAlreadyExistsException e) {
      // another instance made it first: use theirs
    } finally {
      Files.deleteIfExists(written);
    }
  }

  Path file() {
    return file;
  }

  String publicKeyText() {
    return Base64.getEncoder().encodeToString(publicKey.getEncoded());
  }

  String sign(String text) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(privateKey);
      s.update(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  boolean verifies(String text, String signature) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(publicKey);
      s.update(text.getBytes(StandardCharsets.UTF_8));
      return s.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
