package dev.godwit.source;

import dev.godwit.model.FileProblem;
import dev.godwit.model.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads migration files as UTF-8 (a byte-order mark is dropped). Binary files (NUL bytes), invalid
 * UTF-8 and I/O errors become a {@link FileProblem} with a message that says where, never an exception.
 */
public final class SourceLoader {
  /** Larger files are not read: no migration is this big, and reading it would exhaust memory. */
  public static final long MAX_BYTES = 512L * 1024 * 1024;

  private SourceLoader() {}

  public static LoadResult load(Path path, String displayPath) {
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        return problem(displayPath, "file is larger than " + (MAX_BYTES >> 20) + " MiB (" + (size >> 20) + " MiB); not read");
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException | SecurityException e) {
      return problem(displayPath, "cannot read file: " + describe(e));
    } catch (OutOfMemoryError e) {
      return problem(displayPath, "file is too large to read into memory");
    }
    return decode(bytes, displayPath);
  }

  public static LoadResult load(InputStream in, String displayPath) {
    try {
      return decode(in.readAllBytes(), displayPath);
    } catch (IOException e) {
      return problem(displayPath, "cannot read standard input: " + describe(e));
    }
  }

  public static LoadResult decode(byte[] bytes, String displayPath) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return problem(displayPath, "binary file (NUL byte at " + position(bytes, i) + "); not analyzed");
      }
    }
    // Validate in small chunks, then decode once: a whole-file CharBuffer would take twice the
    // file's size on top of the bytes and the string.
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer scratch = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = decoder.decode(in, scratch, true);
      if (r.isError()) {
        int bad = Math.min(in.position(), bytes.length - 1); // where the malformed sequence starts
        return problem(displayPath, "not valid UTF-8 (byte 0x" + String.format("%02X", bytes[bad] & 0xff)
            + " at " + position(bytes, bad) + "); save the file as UTF-8. Not analyzed");
      }
      if (r.isUnderflow()) {
        break;
      }
      scratch.clear();
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
      text = text.substring(1);
    }
    return new LoadResult(new SourceFile(displayPath, text), null);
  }

  private static LoadResult problem(String path, String message) {
    return new LoadResult(null, new FileProblem(path, message));
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    return m == null ? kind : kind + " (" + m + ")";
  }

  /** "line L, column C" of a byte offset (columns in bytes, 1-based). */
  static String position(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "line " + line + ", column " + (offset - lineStart + 1);
  }
}
