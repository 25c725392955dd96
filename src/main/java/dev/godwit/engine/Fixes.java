package dev.godwit.engine;

import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.rule.Applicability;
import dev.godwit.rule.Edit;
import dev.godwit.rule.Finding;
import dev.godwit.rule.Fix;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies the fixes of findings to their files' text. Fixes are taken in file order; a fix whose edits
 * overlap (or insert at the same offset as) an edit already taken waits for the next round, after the
 * file has been re-read and re-linted. Edits are applied from the end of the file backwards so that
 * earlier offsets stay valid.
 */
public final class Fixes {
  private Fixes() {}

  /**
   * The new text of one file.
   *
   * @param applied fixes applied
   * @param deferred fixes that overlapped another and wait for the next round
   */
  public record FileChange(SourceFile file, String fixed, int applied, int deferred) {
    public boolean changed() {
      return !fixed.equals(file.text());
    }
  }

  /** Whether {@code --fix} applies a fix: SAFE ones always, UNSAFE ones only when asked; never DISPLAY_ONLY. */
  public static boolean applicable(Fix fix, boolean unsafe) {
    return fix != null && !fix.edits().isEmpty()
        && (fix.applicability() == Applicability.SAFE || (unsafe && fix.applicability() == Applicability.UNSAFE));
  }

  /** The changes the applicable fixes of unsuppressed findings make, one per file that has any. */
  public static List<FileChange> plan(List<Finding> findings, boolean unsafe) {
    Map<SourceFile, List<Fix>> byFile = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (!f.suppressed() && f.file() != null && applicable(f.fix(), unsafe)) {
        byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f.fix());
      }
    }
    List<FileChange> out = new ArrayList<>();
    for (Map.Entry<SourceFile, List<Fix>> e : byFile.entrySet()) {
      out.add(apply(e.getKey(), e.getValue()));
    }
    return out;
  }

  /** Writes one file's new text ({@code --fix}: to disk; tests: to memory). */
  @FunctionalInterface
  public interface Writer {
    void write(FileChange change) throws IOException;
  }

  /** Lints the files again after a round of fixes was written. */
  @FunctionalInterface
  public interface Relint {
    List<Finding> findings() throws IOException;
  }

  /**
   * What {@link #inRounds} did.
   *
   * @param applied fixes applied in all rounds
   * @param files paths of the files changed
   * @param converged false when the last round still changed something
   */
  public record Rounds(int applied, Set<String> files, boolean converged) {}

  /**
   * {@code --fix}: applies the applicable fixes of {@code findings}, writes the changed files, lints again,
   * and repeats until a round changes nothing or {@code maxRounds} rounds ran (fixes that overlapped wait
   * for the next round).
   */
  public static Rounds inRounds(List<Finding> findings, boolean unsafe, int maxRounds, Writer writer, Relint relint)
      throws IOException {
    int applied = 0;
    Set<String> files = new TreeSet<>();
    List<Finding> current = findings;
    for (int round = 0; round < maxRounds; round++) {
      List<FileChange> changes = new ArrayList<>();
      for (FileChange c : plan(current, unsafe)) {
        if (c.changed()) {
          changes.add(c);
        }
      }
      if (changes.isEmpty()) {
        return new Rounds(applied, files, true);
      }
      for (FileChange c : changes) {
        writer.write(c);
        applied += c.applied();
        files.add(c.file().path());
      }
      current = relint.findings();
    }
    return new Rounds(applied, files, false);
  }

  /** Applies the fixes that do not collide with one taken before them. */
  public static FileChange apply(SourceFile file, List<Fix> fixes) {
    List<Fix> ordered = new ArrayList<>(fixes);
    ordered.sort(Comparator.comparing(f -> f.edits().stream().map(Edit::span).min(Comparator.naturalOrder())
        .orElse(new Span(0, 0))));
    List<Edit> taken = new ArrayList<>();
    List<Fix> seen = new ArrayList<>();
    int applied = 0;
    int deferred = 0;
    for (Fix fix : ordered) {
      if (seen.contains(fix)) {
        continue; // the same rewrite proposed twice
      }
      seen.add(fix);
      boolean clash = false;
      for (Edit e : fix.edits()) {
        if (e.span().end() > file.text().length()) {
          clash = true;
        }
        for (Edit t : taken) {
          if (collide(e.span(), t.span())) {
            clash = true;
          }
        }
      }
      if (clash) {
        deferred++;
        continue;
      }
      taken.addAll(fix.edits());
      applied++;
    }
    return new FileChange(file, applyEdits(file.text(), taken), applied, deferred);
  }

  /** Applies non-overlapping edits to a text. */
  public static String applyEdits(String text, List<Edit> edits) {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparing(Edit::span).reversed());
    StringBuilder sb = new StringBuilder(text);
    for (Edit e : sorted) {
      sb.replace(e.span().start(), e.span().end(), e.replacement());
    }
    return sb.toString();
  }

  private static boolean collide(Span a, Span b) {
    return a.overlaps(b) || a.start() == b.start() || (a.length() == 0 && b.start() < a.start() && a.start() < b.end())
        || (b.length() == 0 && a.start() < b.start() && b.start() < a.end());
  }
}
