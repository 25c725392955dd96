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
  /** Whether a display path is absolute ('/x', 'C:/x'): it then cannot be relative to %SRCROOT%. */
  static boolean isAbsolute(String path) {
    String p = path.replace('\\', '/');
    return p.startsWith("/")
        || (p.length() >= 3 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':' && p.charAt(2) == '/');
  }

  /** An absolute path as a {@code file:} URI ('file:///srv/a%20b.sql', 'file:///C:/a.sql'). */
  static String absolute(String path) {
    String p = path.replace('\\', '/');
    if (p.startsWith("/")) {
      return "file://" + relative(p);
    }
    return "file:///" + p.substring(0, 2) + relative(p.substring(2));
  }

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
