package dev.godwit;

import dev.godwit.engine.LintResult;
import dev.godwit.engine.LintSettings;
import dev.godwit.engine.Linter;
import dev.godwit.format.ProjectReader;
import dev.godwit.format.ReadOptions;
import dev.godwit.model.Project;
import dev.godwit.rule.Rule;
import dev.godwit.rules.BuiltinRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs a test-data case: a {@code .sql} file or a folder (a small project), with {@code -- expect:}
 * markers claiming findings and an optional first line {@code -- config: key=value ...}.
 */
public final class TestData {
  public static final Path ROOT = Path.of("testdata");
  static final Pattern EXPECT = Pattern.compile("^\\s*(?:--|#|//)\\s*expect:\\s*([a-z0-9-]+)"
      + "(?:\\s+col\\s+(\\d+))?(?:\\s+end\\s+(\\d+):(\\d+))?"
      + "(?:\\s+\"([^\"]*)\")?(?:\\s+help\\s+\"([^\"]*)\")?\\s*$");
  static final Pattern CONFIG = Pattern.compile("^\\s*(?:--|#|//)\\s*config:\\s*(.*)$");

  private TestData() {}

  /**
   * One expected finding: rule, file, the 1-based line its span starts on, a message substring and a help
   * substring ({@code -- expect: rule-id "in the message" help "in the help"}; both optional). Where the
   * position matters, {@code col N} pins the 1-based start column and {@code end L:C} the end (the line of the
   * span's last character and the column after it, as SARIF's endColumn): {@code -- expect: rule-id col 5 end 3:20 "message"}; 0 when
   * not pinned.
   */
  public record Expectation(String ruleId, String path, int line, String contains, String helpContains,
      int column, int endLine, int endColumn) {
    public Expectation(String ruleId, String path, int line, String contains, String helpContains) {
      this(ruleId, path, line, contains, helpContains, 0, 0, 0);
    }

    /** True when the finding is at the pinned column and end, where they are pinned. */
    public boolean positionMatches(int startColumn, int findingEndLine, int findingEndColumn) {
      return (column == 0 || column == startColumn)
          && (endLine == 0 || endLine == findingEndLine && endColumn == findingEndColumn);
    }
  }

  /** Settings from the {@code -- config:} line of the case's first file. */
  public static Map<String, String> config(Path caseRoot) {
    Map<String, String> out = new HashMap<>();
    for (Path f : files(caseRoot)) {
      List<String> lines = read(f);
      for (String l : lines.subList(0, Math.min(3, lines.size()))) {
        Matcher m = CONFIG.matcher(l);
        if (m.matches()) {
          for (String kv : m.group(1).trim().split("\\s+")) {
            String[] p = kv.split("=", 2);
            out.put(p[0], p.length > 1 ? p[1] : "true");
          }
        }
      }
    }
    return out;
  }

  public static List<Path> files(Path caseRoot) {
    if (Files.isRegularFile(caseRoot)) {
      return List.of(caseRoot);
    }
    try (Stream<Path> s = Files.walk(caseRoot)) {
      // .base/ holds the files as they were on a --changed-since base (see lint): not case files themselves
      return s.filter(Files::isRegularFile).filter(p -> !caseRoot.relativize(p).startsWith(".base")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> read(Path f) {
    try {
      return Files.readAllLines(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      try {
        return Files.readAllLines(f, StandardCharsets.ISO_8859_1); // invalid-file cases: markers are ASCII
      } catch (IOException e2) {
        return List.of();
      }
    }
  }

  /** The findings the markers of a case claim. Paths are relative to the working directory. */
  public static List<Expectation> expectations(Path caseRoot) {
    List<Expectation> out = new ArrayList<>();
    for (Path f : files(caseRoot)) {
      List<String> lines = read(f);
      List<String[]> pending = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        Matcher m = EXPECT.matcher(l);
        if (m.matches()) {
          pending.add(new String[] {m.group(1), m.group(5), m.group(6), m.group(2), m.group(3), m.group(4)});
          continue;
        }
        String t = l.strip();
        // ignore comments are targets themselves (unused-suppression, invalid-suppression)
        boolean commentOrBlank = (t.isEmpty() || t.startsWith("--") || t.startsWith("#") || t.startsWith("//"))
            && !t.contains("godwit-ignore");
        // a marker before the first statement may target the file itself (line 1) when nothing follows
        if (!commentOrBlank && !pending.isEmpty()) {
          for (String[] p : pending) {
            out.add(expectation(p, display(f), i + 1));
          }
          pending.clear();
        }
      }
      for (String[] p : pending) {
        out.add(expectation(p, display(f), 1)); // marker at the end of a file: the file itself
      }
    }
    return out;
  }

  private static Expectation expectation(String[] p, String path, int line) {
    return new Expectation(p[0], path, line, p[1], p[2], p[3] == null ? 0 : Integer.parseInt(p[3]),
        p[4] == null ? 0 : Integer.parseInt(p[4]), p[5] == null ? 0 : Integer.parseInt(p[5]));
  }

  static String display(Path f) {
    return Path.of("").toAbsolutePath().relativize(f.toAbsolutePath()).toString().replace('\\', '/');
  }

  /** Lints a case with only {@code ruleId} (and parse-error, which no case may trigger by accident) on. */
  public static LintResult lint(Path caseRoot, String ruleId) {
    Map<String, String> cfg = config(caseRoot);
    int pg = Integer.parseInt(cfg.getOrDefault("pg-version", String.valueOf(LintSettings.NEWEST_PG)));
    boolean wrapped = "wrapped".equals(cfg.get("tx"));
    boolean all = ruleId == null || "all".equals(cfg.get("rules"));
    Set<String> disabled = new HashSet<>();
    Set<String> enabled = new HashSet<>();
    for (Rule r : BuiltinRules.ALL) {
      // "all" is every rule a default run has on; an opt-in rule is on only in its own cases
      if (all && r.info().enabledByDefault() || r.id().equals(ruleId) || r.id().equals("parse-error")) {
        enabled.add(r.id());
      } else {
        disabled.add(r.id());
      }
    }
    LintSettings settings = new LintSettings(pg, Map.of(), enabled, disabled,
        Boolean.parseBoolean(cfg.getOrDefault("require-downgrade", "false")),
        cfg.containsKey("immutable-tables") ? Set.of(cfg.get("immutable-tables").split(",")) : Set.of(), Set.of());
    if (cfg.containsKey("idempotency")) {
      settings = settings.withIdempotency(dev.godwit.rule.IdempotencyPolicy.parse(cfg.get("idempotency")));
    }
    Project project = new ProjectReader(new ReadOptions(wrapped, pg, 1), Path.of("").toAbsolutePath())
        .read(List.of(caseRoot.toAbsolutePath()));
    return new Linter(BuiltinRules.ALL, settings).lint(project.withBaseTexts(baseTexts(caseRoot)));
  }

  /** A case's {@code .base/} files, as {@code --changed-since} gives them: base text by the display path of today's file. */
  static Map<String, String> baseTexts(Path caseRoot) {
    Path base = caseRoot.resolve(".base");
    if (!Files.isDirectory(base)) {
      return Map.of();
    }
    Map<String, String> out = new HashMap<>();
    try (Stream<Path> s = Files.walk(base)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        out.put(display(caseRoot.resolve(base.relativize(f).toString())), Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
