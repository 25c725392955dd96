package dev.godwit.engine;

import dev.godwit.model.FileNote;
import dev.godwit.model.FileProblem;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.Node;
import dev.godwit.model.Project;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One file a run read, for the report's list of files: its format, how many statements Godwit found in it,
 * how many of those it could check, and why it could not check the rest.
 *
 * @param path display path, as in findings
 * @param format the migration format it was read as; null for a file that could not be read
 * @param statements statements found (not counting those inside DO blocks and routine bodies)
 * @param checked statements Godwit could check: not SQL built at run time, not a psql meta-command, parsed
 * @param notes why (some of) the file gave nothing to check; never empty when {@code checked} is 0
 */
public record FileSummary(String path, Format format, int statements, int checked, List<String> notes) {
  /** The note of a migration file in which no format found anything, and that no format said anything about. */
  static final String NO_STATEMENT = "no statement found: Godwit found no SQL that this file runs";

  public FileSummary {
    notes = List.copyOf(notes);
  }

  /** Whether the file held nothing Godwit could check. */
  public boolean nothingChecked() {
    return checked == 0;
  }

  public FileSummary withPath(String p) {
    return new FileSummary(p, format, statements, checked, notes);
  }

  /**
   * Every file of the project, sorted by path: the migration scripts' files, those that could not be read,
   * and those a format took but made no migration of.
   */
  public static List<FileSummary> of(Project project) {
    Map<String, Acc> byPath = new LinkedHashMap<>();
    for (Migration m : project.migrations()) {
      List<Script> scripts = new ArrayList<>(m.up());
      scripts.addAll(m.down());
      for (Script s : scripts) {
        Acc a = byPath.computeIfAbsent(s.file().path(), k -> new Acc(m.format()));
        a.sql |= s.file().name().toLowerCase(java.util.Locale.ROOT).endsWith(".sql");
        for (Statement st : s.statements()) {
          if (st.embedded()) {
            continue;
          }
          a.statements++;
          if (st.origin() == Statement.Origin.UNPARSED) {
            a.unparsed++;
          } else if (st.node() instanceof Node.DynamicSql) {
            a.dynamic++;
          } else if (st.node() instanceof Node.PsqlCommand) {
            a.meta++;
          } else {
            a.checked++;
          }
        }
        for (FileNote n : s.notes()) {
          a.notes.add(n.message());
        }
      }
    }
    List<FileSummary> out = new ArrayList<>();
    for (Map.Entry<String, Acc> e : byPath.entrySet()) {
      out.add(e.getValue().summary(e.getKey()));
    }
    Set<String> listed = new java.util.HashSet<>(byPath.keySet());
    for (FileProblem p : project.problems()) {
      if (listed.add(p.path())) {
        out.add(new FileSummary(p.path(), null, 0, 0, List.of("not analyzed: " + p.message())));
      }
    }
    for (Project.Unused u : project.unused()) {
      if (listed.add(u.file().path())) {
        out.add(new FileSummary(u.file().path(), u.format(), 0, 0, List.of(u.why())));
      }
    }
    out.sort(Comparator.comparing(FileSummary::path));
    return out;
  }

  private static final class Acc {
    final Format format;
    boolean sql;
    int statements;
    int checked;
    int unparsed;
    int dynamic;
    int meta;
    final Set<String> notes = new LinkedHashSet<>();

    Acc(Format format) {
      this.format = format;
    }

    FileSummary summary(String path) {
      List<String> n = new ArrayList<>(notes);
      if (statements == 0 && n.isEmpty()) {
        n.add(sql ? "nothing to run: the file holds no SQL statement, only comments or whitespace" : NO_STATEMENT);
      } else if (statements > 0 && checked == 0 && n.isEmpty()) {
        List<String> parts = new ArrayList<>();
        if (dynamic > 0) {
          parts.add(count(dynamic, "statement") + " built at run time (see dynamic-sql)");
        }
        if (unparsed > 0) {
          parts.add(count(unparsed, "statement") + " Godwit could not parse (see parse-error)");
        }
        if (meta > 0) {
          parts.add(count(meta, "psql meta-command") + " (see psql-meta-command)");
        }
        n.add("nothing Godwit could check: " + String.join(", ", parts));
      }
      return new FileSummary(path, format, statements, checked, n);
    }

    private static String count(int k, String noun) {
      return k + " " + noun + (k == 1 ? "" : "s");
    }
  }
}
