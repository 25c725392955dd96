package dev.godwit.report;

import dev.godwit.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stable identities of findings, for SARIF {@code partialFingerprints} and baselines.
 *
 * <p>A fingerprint depends on the rule id, the path and the finding's source text (whitespace runs
 * folded to one space, trimmed, lower-cased), plus the occurrence index among findings with the
 * same three values. It therefore survives line shifts, re-indentation and edits elsewhere in the
 * file, and changes when the flagged text, the file or the rule changes.
 */
public final class Fingerprints {
  private Fingerprints() {}

  /**
   * The fingerprint of a finding.
   *
   * @param occurrence 0 for the first finding with this (rule, path, text), 1 for the second, ...
   * @return 32 lower-case hex digits (the first 128 bits of a SHA-256)
   */
  public static String of(Finding f, int occurrence) {
    return hash(key(f) + '\u0000' + occurrence);
  }

  /** Fingerprints of all findings, in order, counting occurrences of identical keys in list order. */
  public static List<String> assign(List<Finding> findings) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String key = key(f);
      int occurrence = seen.merge(key, 1, Integer::sum) - 1;
      out.add(hash(key + '\u0000' + occurrence));
    }
    return out;
  }

  /** The span text with whitespace runs folded to one space, trimmed and case-folded. */
  static String normalizedText(Finding f) {
    if (f.file() == null) {
      return "";
    }
    String text = f.file().slice(f.span());
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
      } else {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static String key(Finding f) {
    return f.ruleId() + '\u0000' + f.path() + '\u0000' + normalizedText(f);
  }

  private static String hash(String s) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
    byte[] digest = sha.digest(s.getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder(32);
    for (int i = 0; i < 16; i++) {
      hex.append(Character.forDigit((digest[i] >> 4) & 0xF, 16));
      hex.append(Character.forDigit(digest[i] & 0xF, 16));
    }
    return hex.toString();
  }
}
