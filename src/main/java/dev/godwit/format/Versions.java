package dev.godwit.format;

import java.math.BigInteger;
import java.util.Comparator;

/** Compares migration versions the way Flyway and golang-migrate do: numerically, part by part. */
final class Versions {
  private Versions() {}

  static final Comparator<String> ORDER = Versions::compare;

  static int compare(String a, String b) {
    String[] pa = a.split("[._]");
    String[] pb = b.split("[._]");
    int n = Math.max(pa.length, pb.length);
    for (int i = 0; i < n; i++) {
      BigInteger x = i < pa.length ? num(pa[i]) : BigInteger.ZERO;
      BigInteger y = i < pb.length ? num(pb[i]) : BigInteger.ZERO;
      int c = x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static BigInteger num(String s) {
    try {
      return s.isEmpty() ? BigInteger.ZERO : new BigInteger(s);
    } catch (NumberFormatException e) {
      return BigInteger.ZERO;
    }
  }

  /** "1_2_3" and "1.2.3" are the same version; trailing ".0" parts do not count. */
  static String normalize(String v) {
    String s = v.replace('_', '.');
    while (s.endsWith(".0") && s.indexOf('.') != s.lastIndexOf(".0")) {
      s = s.substring(0, s.length() - 2);
    }
    return s;
  }
}
