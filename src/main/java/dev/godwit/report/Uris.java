package dev.godwit.report;

import java.nio.charset.StandardCharsets;

/** Relative URI references for display paths. */
final class Uris {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Uris() {}

  /**
   * A display path as a relative URI reference: '/' separators, every byte other than unreserved
   * characters (RFC 3986) and '/' percent-encoded as UTF-8, so spaces, '%', '#', '?' and ':' (which
   * would look like a scheme) survive.
   */
  static String relative(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    StringBuilder sb = new StringBuilder(p.length() + 8);
    for (byte b : p.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return sb.toString();
  }
}
