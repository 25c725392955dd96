package dev.godwit.rules;

import dev.godwit.model.Direction;
import dev.godwit.model.Migration;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.rule.IdempotencyPolicy;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.Severity;
import dev.godwit.rule.TxState;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The policy {@code require-if-not-exists} and {@code require-if-exists} share: whether a statement that
 * fails when run twice is worth a finding, and at what severity, from how its migration is applied.
 */
final class Idempotency {
  private Idempotency() {}

  /** Why a statement must survive a second run. */
  enum Where {
    /** A script run by hand with no table recording that it ran: running it twice is the expected failure. */
    HAND_RUN,
    /** Outside a transaction, in a tool that tracks what ran: a later failure leaves the statement applied. */
    PARTIAL_FAILURE,
    /**
     * Inside a tracking tool's transaction (or the last statement of a script outside one): the tool keeps
     * a failed run clean, but a re-run by hand, an object made outside the migrations or a restore-and-replay
     * still stops here. Reported at note severity.
     */
    TRACKED
  }

  /**
   * Whether the migration's format is run by hand, with nothing recording what ran: plain SQL, numbered
   * scripts with a {@code rollback/} folder, Python scripts that execute their SQL themselves. Every other
   * format's tool keeps a history table (Flyway, Liquibase, Alembic, dbmate, golang-migrate, sqitch). The one
   * place that reads the format.
   */
  static boolean handRun(Migration m) {
    if (m == null) {
      return false;
    }
    return switch (String.valueOf(m.format())) {
      case "plain", "numbered", "python-script" -> true;
      default -> false;
    };
  }

  /** The tool's name for messages. */
  static String tool(Migration m) {
    return switch (m == null ? "" : String.valueOf(m.format())) {
      case "flyway", "flyway-java" -> "Flyway";
      case "liquibase-sql", "liquibase-xml", "liquibase-yaml" -> "Liquibase";
      case "alembic" -> "Alembic";
      case "dbmate" -> "dbmate";
      case "golang-migrate" -> "golang-migrate";
      case "sqitch" -> "sqitch";
      default -> "the migration tool";
    };
  }

  /** Where to report the statement, or null when a second run cannot trip on it (or the policy is off). */
  static Where where(Statement statement, RuleContext ctx) {
    IdempotencyPolicy policy = ctx.idempotency();
    if (policy == IdempotencyPolicy.OFF || !statement.runsInMigration()) {
      return null;
    }
    if (statement.embedding() != null && statement.embedding().conditional()) {
      return null; // under a DO block's IF NOT EXISTS (...) THEN guard
    }
    if (caughtInDoBlock(statement, ctx)) {
      return null; // a DO block's EXCEPTION WHEN duplicate_object THEN NULL handler
    }
    Script script = ctx.script();
    Migration migration = ctx.migration();
    boolean handRun = handRun(migration);
    if (script != null && script.direction() == Direction.DOWN && !handRun) {
      return null; // a tracked downgrade undoes what its upgrade made: a guard there only hides a broken history
    }
    if (!verbatim(statement, ctx) || guardedByTool(migration, script) || pythonGuard(statement, ctx)) {
      return null;
    }
    TxState tx = ctx.transaction(statement);
    boolean partial = tx != null && !tx.inTransaction() && RuleSupport.hasLaterStatement(statement, ctx);
    if (policy == IdempotencyPolicy.OUTSIDE_TRANSACTION) {
      return partial ? Where.PARTIAL_FAILURE : null;
    }
    if (handRun) {
      return Where.HAND_RUN;
    }
    return partial ? Where.PARTIAL_FAILURE : Where.TRACKED;
  }

  /**
   * What happens on the second run, after the subject ("CREATE TABLE t has no IF NOT EXISTS"): the text
   * after the colon, ending with the error PostgreSQL gives ({@code 'already exists'}).
   */
  static String consequence(Where where, Statement statement, RuleContext ctx, String error) {
    Migration m = ctx.migration();
    switch (where) {
      case HAND_RUN: {
        boolean down = ctx.script() != null && ctx.script().direction() == Direction.DOWN;
        String what = switch (String.valueOf(m == null ? null : m.format())) {
          case "numbered" -> down ? "rollback scripts are run by hand" : "numbered scripts are run by hand";
          case "python-script" -> "this Python script runs its SQL itself";
          default -> "plain SQL scripts are run by hand";
        };
        return what + " and nothing records that this one ran, so running it a second time stops here with "
            + error + ".";
      }
      case PARTIAL_FAILURE:
        return "outside a transaction, re-running the migration after a later failure stops here with " + error
            + ".";
      default: {
        TxState tx = ctx.transaction(statement);
        String clean = tx != null && tx.inTransaction()
            ? (tx.explicit() ? "inside the script's transaction" : "inside the transaction " + tool(m) + " opens")
                + ", a failure rolls back cleanly"
            : "as the script's last statement, a failure leaves nothing behind";
        return clean + " and " + tool(m) + " records that the migration ran, but running it again stops here"
            + " with " + error + ": a re-run by hand, a database where the application or a person already"
            + " made the change, a restored backup replayed.";
      }
    }
  }

  /** Applies the severity of {@code where} to a reported finding. */
  static void severity(RuleContext.FindingBuilder finding, Where where) {
    if (where == Where.TRACKED) {
      finding.atMost(Severity.NOTE);
    }
  }

  /**
   * True when the statement's first words are written in the file as they are in its SQL: SQL text in a
   * .sql file, a Java or Python string, a Liquibase {@code <sql>}. False for statements Godwit synthesized
   * from a construct (an Alembic {@code op.create_table}, a Liquibase {@code <createTable>}), which have no
   * IF [NOT] EXISTS to add.
   */
  static boolean verbatim(Statement statement, RuleContext ctx) {
    Script script = ctx.script();
    if (script == null || script.file() == null) {
      return true;
    }
    SqlWords w = SqlWords.of(statement, 1);
    if (w.size() == 0) {
      return false;
    }
    String text = script.file().text();
    int start = w.hostStart(0);
    String word = w.text(0);
    if (start < 0 || start + word.length() > text.length()
        || !text.regionMatches(true, start, word, 0, word.length())) {
      return false;
    }
    int after = start + word.length();
    return after >= text.length() || !(Character.isLetterOrDigit(text.charAt(after)) || text.charAt(after) == '_');
  }

  private static final Pattern HANDLER = Pattern.compile("(?is)\\bEXCEPTION\\s+WHEN\\b.*?\\b(duplicate_\\w+"
      + "|undefined_\\w+|others|sqlstate\\s+'42(710|P07|701|P06|704|P01|703)')");

  /**
   * True when the statement sits in a DO block whose exception handler, after it, catches the error a
   * second run raises ({@code duplicate_object}, {@code duplicate_table}, {@code undefined_object},
   * {@code OTHERS}, ...).
   */
  private static boolean caughtInDoBlock(Statement statement, RuleContext ctx) {
    if (statement.embedding() == null || statement.embedding().kind() != Statement.Embedding.Kind.DO_BLOCK
        || ctx.script() == null) {
      return false;
    }
    for (Statement host : ctx.script().statements()) {
      if (host.index() == statement.embedding().hostIndex() && !host.embedded()
          && host.node() instanceof Node.DoBlock block && block.bodySpan() != null) {
        String text = ctx.script().file().text();
        int from = Math.max(block.bodySpan().start(), statement.span().end());
        int to = Math.min(block.bodySpan().end(), text.length());
        return from < to && HANDLER.matcher(text).region(from, to).find();
      }
    }
    return false;
  }

  private static final Pattern PY_GUARD = Pattern.compile("^(if|elif)\\b.*(\\bnot\\s+in\\b|has_table|has_index"
      + "|has_column|exists|get_indexes|get_columns|get_table_names|get_unique_constraints|get_foreign_keys"
      + "|get_check_constraints)");

  /**
   * True when SQL in a Python file runs under an {@code if} that checks what the database has ({@code if
   * "ix" not in indexes:}, {@code if not inspector.has_table(...)}): the script's own guard.
   */
  private static boolean pythonGuard(Statement statement, RuleContext ctx) {
    Script script = ctx.script();
    if (script == null || script.file() == null || !script.file().name().endsWith(".py")) {
      return false;
    }
    String text = script.file().text();
    int at = Math.min(Math.max(0, statement.span().start()), text.length());
    int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    int level = indent(text, lineStart);
    for (int end = lineStart - 1; end > 0; ) {
      int start = text.lastIndexOf('\n', end - 1) + 1;
      String line = text.substring(start, end);
      String t = line.strip();
      end = start - 1;
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int ind = indent(text, start);
      if (ind >= level) {
        continue;
      }
      level = ind;
      if (t.startsWith("def ") || t.startsWith("class ") || ind == 0 && !t.startsWith("if")) {
        return false;
      }
      if (PY_GUARD.matcher(t).find()) {
        return true;
      }
    }
    return false;
  }

  private static int indent(String text, int lineStart) {
    int i = lineStart;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i - lineStart;
  }

  private static final Pattern TOOL_GUARD = Pattern.compile(
      "(?i)\\bonFail\\s*[:=]\\s*[\"']?(MARK_RAN|CONTINUE)\\b|\\bfailOnError\\s*[:=]\\s*[\"']?false\\b");

  /**
   * True when the tool itself skips the script where it already ran: a Liquibase changeset whose
   * preconditions mark it ran ({@code onFail:MARK_RAN}, {@code CONTINUE}) or that ignores its errors
   * ({@code failOnError:false}).
   */
  private static boolean guardedByTool(Migration m, Script script) {
    if (m == null || m.format() == null || !m.format().isLiquibase() || script == null || script.file() == null
        || script.region() == null) {
      return false;
    }
    String text = script.file().text();
    // the changeset's attributes and preconditions: from its header to its first statement
    int from = Math.max(0, script.region().start());
    from = from < 2 ? 0 : text.lastIndexOf('\n', Math.min(text.length() - 1, from - 2)) + 1; // with its header line
    int to = script.region().end();
    if (!script.statements().isEmpty()) {
      to = Math.max(to, script.statements().get(0).span().start());
    }
    to = Math.min(to, text.length());
    return from < to && TOOL_GUARD.matcher(text).region(from, to).find();
  }

  /**
   * True when an earlier statement of the migration's same-direction scripts is {@code earlier}: a DROP ...
   * IF EXISTS before a CREATE of the same object (drop and re-create), a CREATE before a DROP of it.
   */
  static boolean earlier(Statement statement, RuleContext ctx, java.util.function.Predicate<Node> earlier) {
    Migration m = ctx.migration();
    Script current = ctx.script();
    if (m == null || current == null) {
      return false;
    }
    List<Script> scripts = current.direction() == Direction.DOWN ? m.down() : m.up();
    int at = statement.embedding() != null ? statement.embedding().hostIndex() : statement.index();
    for (Script s : scripts) {
      for (Statement st : s.statements()) {
        if (s == current && (st == statement || st.index() > at)) {
          break;
        }
        if (st.node() != null && earlier.test(st.node())) {
          return true;
        }
      }
      if (s == current) {
        break;
      }
    }
    return false;
  }

  /**
   * True when a later statement of the migration's same-direction scripts is {@code later}: a DROP whose
   * object the migration makes again afterwards (drop and re-create) runs twice as it is, since the second
   * run finds the object the first one re-created.
   */
  static boolean later(Statement statement, RuleContext ctx, java.util.function.Predicate<Node> later) {
    Migration m = ctx.migration();
    Script current = ctx.script();
    if (m == null || current == null) {
      return false;
    }
    List<Script> scripts = current.direction() == Direction.DOWN ? m.down() : m.up();
    boolean after = false;
    for (Script s : scripts) {
      if (s == current) {
        after = true;
        int at = statement.embedding() != null ? statement.embedding().hostIndex() : statement.index();
        for (Statement st : s.statements()) {
          if (st != statement && st.index() > at && st.node() != null && later.test(st.node())) {
            return true;
          }
        }
      } else if (after) {
        for (Statement st : s.statements()) {
          if (st.node() != null && later.test(st.node())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** True when {@code drop} drops an object of {@code kind} named {@code name}. */
  static boolean drops(Node node, ObjectKind kind, QualifiedName name) {
    return node instanceof Node.Drop d && d.kind() == kind && name != null
        && d.names().stream().anyMatch(n -> n.sameAs(name));
  }
}
