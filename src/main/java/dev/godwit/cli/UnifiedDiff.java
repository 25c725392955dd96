package dev.godwit.cli;

import java.util.ArrayList;
import java.util.List;

/** A unified diff ({@code diff -u}, {@code git apply} and {@code patch} read it) between two texts. */
final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The diff of {@code before} and {@code after} under {@code a/path} and {@code b/path}; "" when equal. */
  static String of(String path, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<int[]> ops = diff(a, b); // {kind, indexA, indexB}: 0 same, 1 delete, 2 insert
    StringBuilder sb = new StringBuilder();
    sb.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
    int i = 0;
    while (i < ops.size()) {
      while (i < ops.size() && ops.get(i)[0] == 0) {
        i++;
      }
      if (i == ops.size()) {
        break;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int sameRun = 0;
      for (int j = i; j < ops.size(); j++) {
        if (ops.get(j)[0] == 0) {
          sameRun++;
          if (sameRun > 2 * CONTEXT) {
            break;
          }
        } else {
          sameRun = 0;
          end = j;
        }
      }
      int stop = Math.min(ops.size(), end + 1 + CONTEXT);
      int aStart = -1;
      int bStart = -1;
      int aCount = 0;
      int bCount = 0;
      StringBuilder body = new StringBuilder();
      for (int j = start; j < stop; j++) {
        int[] op = ops.get(j);
        if (aStart < 0) {
          aStart = op[1];
          bStart = op[2];
        }
        String line = op[0] == 2 ? b.get(op[2]) : a.get(op[1]);
        body.append(op[0] == 0 ? ' ' : op[0] == 1 ? '-' : '+').append(line);
        if (!line.endsWith("\n")) {
          body.append("\n\\ No newline at end of file\n");
        }
        if (op[0] != 2) {
          aCount++;
        }
        if (op[0] != 1) {
          bCount++;
        }
      }
      sb.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
      sb.append(body);
      i = stop;
    }
    return sb.toString();
  }

  private static String range(int start, int count) {
    int first = count == 0 ? start : start + 1;
    return count == 1 ? String.valueOf(first) : first + "," + count;
  }

  /** Lines with their terminators; the last may have none. */
  static List<String> lines(String s) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        out.add(s.substring(from, i + 1));
        from = i + 1;
      }
    }
    if (from < s.length()) {
      out.add(s.substring(from));
    }
    return out;
  }

  /**
   * Myers' O(ND) difference algorithm; returns the edit script as {kind, index in a, index in b}, where
   * the index of the side an operation does not touch is the position it would have there.
   */
  static List<int[]> diff(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    int dFound = -1;
    outer:
    for (int d = 0; d <= max; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
          x = v[offset + k + 1];
        } else {
          x = v[offset + k - 1] + 1;
        }
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          dFound = d;
          break outer;
        }
      }
    }
    List<int[]> ops = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = dFound; d > 0; d--) {
      int[] vd = trace.get(d);
      int k = x - y;
      int prevK = (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1])) ? k + 1 : k - 1;
      int prevX = vd[offset + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        x--;
        y--;
        ops.add(new int[] {0, x, y});
      }
      if (x == prevX) {
        y--;
        ops.add(new int[] {2, x, y});
      } else {
        x--;
        ops.add(new int[] {1, x, y});
      }
    }
    while (x > 0 && y > 0) {
      x--;
      y--;
      ops.add(new int[] {0, x, y});
    }
    java.util.Collections.reverse(ops);
    return ops;
  }
}
