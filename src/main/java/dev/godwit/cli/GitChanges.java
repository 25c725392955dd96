package dev.godwit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Asks Git which files changed since a ref: {@code --changed-since}. */
final class GitChanges {
  private GitChanges() {}

  /**
   * Files added, copied, modified or renamed since {@code ref} (compared with the working tree, so
   * uncommitted edits count), plus untracked files that are not ignored. When {@code ref} and HEAD share
   * history the comparison starts at their merge base, so changes made on the other branch since it
   * forked do not count; in a shallow clone without that history it starts at {@code ref} itself.
   *
   * @param dir a directory inside the repository
   * @return absolute, normalized paths
   */
  static Set<Path> since(Path dir, String ref) {
    if (ref.startsWith("-")) {
      throw new Main.UsageException("--changed-since " + ref + ": not a Git ref");
    }
    Path top = Path.of(git(dir, "rev-parse", "--show-toplevel").strip());
    Result commit = run(dir, "git", "rev-parse", "--verify", "--quiet", ref + "^{commit}");
    if (commit.code != 0) {
      throw new Main.UsageException("--changed-since " + ref + ": no such commit in " + top
          + " (in a shallow CI clone, fetch it first: git fetch --depth=1 origin <branch>)");
    }
    Result mergeBase = run(dir, "git", "merge-base", ref, "HEAD");
    String base = mergeBase.code == 0 ? mergeBase.out.strip() : commit.out.strip();
    Set<Path> out = new HashSet<>();
    for (String name : git(top, "diff", "--name-only", "-z", "--diff-filter=ACMR", base, "--").split("\0")) {
      if (!name.isEmpty()) {
        out.add(top.resolve(name).normalize());
      }
    }
    for (String name : git(top, "ls-files", "--others", "--exclude-standard", "--full-name", "-z").split("\0")) {
      if (!name.isEmpty()) {
        out.add(top.resolve(name).normalize());
      }
    }
    return out;
  }

  /** At most this many files' base versions are read (an edited history is a handful of files). */
  private static final int MAX_BASE_FILES = 2000;

  /**
   * The files that existed at the comparison base of {@link #since} and are modified since (not added, copied or
   * renamed), with their text at the base.
   *
   * @return absolute, normalized paths to their base text
   */
  static java.util.Map<Path, String> baseTexts(Path dir, String ref) {
    Path top = Path.of(git(dir, "rev-parse", "--show-toplevel").strip());
    Result mergeBase = run(dir, "git", "merge-base", ref, "HEAD");
    String base = mergeBase.code == 0 ? mergeBase.out.strip() : git(dir, "rev-parse", ref + "^{commit}").strip();
    java.util.Map<Path, String> out = new java.util.HashMap<>();
    for (String name : git(top, "diff", "--name-only", "-z", "--diff-filter=M", base, "--").split("\0")) {
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      boolean migration = lower.endsWith(".sql") || lower.endsWith(".xml") || lower.endsWith(".yaml")
          || lower.endsWith(".yml"); // Flyway SQL scripts and Liquibase changelogs: the formats with checksums
      if (name.isEmpty() || !migration || out.size() >= MAX_BASE_FILES) {
        continue;
      }
      Result shown = run(top, "git", "show", base + ":" + name);
      if (shown.code == 0) {
        out.put(top.resolve(name).normalize(), shown.out);
      }
    }
    return out;
  }

  private static String git(Path dir, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add("git");
    cmd.addAll(List.of(args));
    Result r = run(dir, cmd.toArray(String[]::new));
    if (r.code != 0) {
      throw new Main.UsageException("--changed-since: `" + String.join(" ", cmd) + "` failed: " + r.err.strip());
    }
    return r.out;
  }

  private record Result(int code, String out, String err) {}

  private static Result run(Path dir, String... cmd) {
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
      p.getOutputStream().close();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread drain = new Thread(() -> copy(p.getErrorStream(), err));
      drain.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = p.waitFor();
      drain.join();
      return new Result(code, out, err.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new Main.UsageException("--changed-since needs git on the PATH: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Main.UsageException("--changed-since: interrupted");
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException ignored) {
      // the exit code tells
    }
  }
}
