package dev.godwit.engine;

import dev.godwit.model.Comment;
import dev.godwit.model.Script;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In-source ignore comments of a script: {@code godwit-ignore: id[, id] -- reason} covers the next
 * statement (or, written after a statement on its last line, that statement) over its whole span;
 * {@code godwit-ignore-file: id[, id]} before the first statement covers the file.
 */
final class Suppressions {
  private static final Pattern DIRECTIVE =
      Pattern.compile("^\\s*godwit-ignore(-file)?\\s*(:)?(.*)$", Pattern.DOTALL);

  /** One rule id of one directive; {@code used} is set when it suppresses a finding. */
  static final class Entry {
    final String id;
    final Directive directive;
    boolean used;

    Entry(String id, Directive directive) {
      this.id = id;
      this.directive = directive;
    }
  }

  /**
   * @param comment where it is written
   * @param covers the text it covers (a statement's span, or the whole file)
   * @param problem a malformed directive's message, or null
   */
  record Directive(Comment comment, Span covers, boolean file, String reason, List<String> ids, String problem) {}

  final List<Directive> directives = new ArrayList<>();
  final List<Entry> entries = new ArrayList<>();

  static Suppressions of(Script script) {
    Suppressions s = new Suppressions();
    List<Statement> stmts = script.statements();
    int firstStart = stmts.isEmpty() ? Integer.MAX_VALUE : stmts.get(0).span().start();
    var lines = script.file().lines();
    for (Comment c : script.comments()) {
      Matcher m = DIRECTIVE.matcher(c.body());
      if (!m.matches()) {
        continue;
      }
      boolean file = m.group(1) != null;
      String rest = m.group(3);
      String reason = "";
      int dashes = rest.indexOf("--");
      if (dashes >= 0) {
        reason = rest.substring(dashes + 2).trim();
        rest = rest.substring(0, dashes);
      }
      List<String> ids = new ArrayList<>();
      for (String id : rest.split(",")) {
        if (!id.isBlank()) {
          ids.add(id.trim().toLowerCase(Locale.ROOT));
        }
      }
      String problem = null;
      if (m.group(2) == null || ids.isEmpty()) {
        problem = "godwit-ignore" + (file ? "-file" : "")
            + " needs the ids of the rules it silences, e.g. \"godwit-ignore: require-concurrent-index -- reason\"";
      }
      Span covers;
      if (file) {
        covers = new Span(0, script.file().text().length());
        if (c.span().start() > firstStart && problem == null) {
          problem = "godwit-ignore-file must come before the first statement of the file";
        }
      } else {
        covers = target(stmts, c, lines);
        if (covers == null && problem == null) {
          problem = "godwit-ignore is not followed by a statement";
        }
      }
      Directive d = new Directive(c, covers, file, reason, List.copyOf(ids), problem);
      s.directives.add(d);
      if (problem == null) {
        for (String id : ids) {
          s.entries.add(new Entry(id, d));
        }
      }
    }
    return s;
  }

  /** The statement a line directive covers: the one it trails on the same line, else the next one. */
  private static Span target(List<Statement> stmts, Comment c, dev.godwit.model.LineIndex lines) {
    int line = lines.line(c.span().start());
    Statement next = null;
    for (Statement st : stmts) {
      if (st.span().end() <= c.span().start() && lines.line(Math.max(st.span().start(), st.span().end() - 1)) == line) {
        // trailing comment after the statement on its last line; but a statement starting later on the same
        // line would be "next" - prefer the trailing reading
        next = st;
      } else if (st.span().start() >= c.span().end()) {
        if (next == null) {
          next = st;
        }
        break;
      } else if (st.span().contains(c.span())) {
        next = st; // inside the statement
        break;
      }
    }
    return next == null ? null : next.span();
  }
}
