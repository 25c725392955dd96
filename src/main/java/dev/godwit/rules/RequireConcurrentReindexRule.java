package dev.godwit.rules;

import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.Statement;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;

/** REINDEX without CONCURRENTLY. */
@RuleInfo(
    id = "require-concurrent-reindex",
    summary = "REINDEX without CONCURRENTLY blocks writes to the table and reads that use the index",
    severity = Severity.WARNING,
    rationale =
        "A plain REINDEX takes a SHARE lock on the table, which blocks INSERT, UPDATE and DELETE, and an"
            + " ACCESS EXCLUSIVE lock on each index it rebuilds, which blocks every query that would use or"
            + " plan with that index, for the whole rebuild.",
    safeAlternative =
        "On PostgreSQL 12 or later use REINDEX ... CONCURRENTLY outside a transaction block; before 12, build"
            + " a replacement index with CREATE INDEX CONCURRENTLY, drop the old one CONCURRENTLY and rename"
            + " the new one.",
    tags = {"locking", "index"})
public final class RequireConcurrentReindexRule extends StatementRule<Node.Reindex> {
  public RequireConcurrentReindexRule() {
    super(Node.Reindex.class);
  }

  @Override
  protected void check(Node.Reindex reindex, Statement statement, RuleContext ctx) {
    if (reindex.concurrently()) {
      return;
    }
    ObjectKind target = reindex.target();
    // Rebuilding the indexes of a table created in this migration locks nobody out.
    if (reindex.name() != null && (target == ObjectKind.TABLE && ctx.createdInMigration(reindex.name(), statement)
        || target == ObjectKind.INDEX && ctx.schema().tableOfIndex(reindex.name())
            .map(t -> ctx.schema().isNewTable(t)).orElse(false))) {
      return;
    }
    String name = reindex.name() == null ? "" : " " + reindex.name();
    boolean concurrentForm = ctx.pgVersion() >= 12;
    String message;
    String help;
    if (target == ObjectKind.INDEX) {
      message = "REINDEX INDEX" + name + " blocks writes on its table (SHARE lock) and takes an ACCESS"
          + " EXCLUSIVE lock on the index, blocking reads that use it, until the rebuild finishes.";
      help = concurrentForm
          ? "Use REINDEX INDEX CONCURRENTLY" + name + ", outside a transaction block; if it fails it leaves"
              + " an INVALID index with the suffix _ccnew: drop it and run it again."
          : "PostgreSQL " + ctx.pgVersion() + " has no REINDEX CONCURRENTLY (it arrived in 12): build a"
              + " replacement with CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY the old one, then rename"
              + " the new one to the old name.";
    } else if (target == ObjectKind.TABLE) {
      message = "REINDEX TABLE" + name + " blocks writes on" + name + " (SHARE lock) and, index by index,"
          + " reads that use the index being rebuilt (ACCESS EXCLUSIVE lock), until all its indexes are"
          + " rebuilt.";
      help = concurrentForm
          ? "Use REINDEX TABLE CONCURRENTLY" + name + ", outside a transaction block, or reindex only the"
              + " indexes that need it with REINDEX INDEX CONCURRENTLY."
          : "PostgreSQL " + ctx.pgVersion() + " has no REINDEX CONCURRENTLY (it arrived in 12): for each index"
              + " build a replacement with CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY the old one, then"
              + " rename the new one to the old name.";
    } else if (target == ObjectKind.SCHEMA || target == ObjectKind.DATABASE) {
      String what = target == ObjectKind.SCHEMA ? "SCHEMA" : "DATABASE";
      message = "REINDEX " + what + name + " rebuilds every index of every table in the " + what.toLowerCase()
          + ", blocking writes on each table in turn (SHARE lock) and reads that use the index being"
          + " rebuilt (ACCESS EXCLUSIVE lock).";
      help = concurrentForm
          ? "Use REINDEX " + what + " CONCURRENTLY" + name + " outside a transaction block (it skips system"
              + " catalogs), or better, reindex only the indexes that need it with REINDEX INDEX CONCURRENTLY."
          : "PostgreSQL " + ctx.pgVersion() + " has no REINDEX CONCURRENTLY (it arrived in 12): rebuild only"
              + " the indexes that need it, each with CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY of the"
              + " old one and a rename.";
    } else {
      // REINDEX SYSTEM (no ObjectKind of its own) or anything else: system catalogs have no concurrent form.
      message = "REINDEX" + (target == null || target == ObjectKind.OTHER ? " SYSTEM" : " " + target.sql())
          + name + " rebuilds the indexes of the system catalogs, locking each catalog against writes (SHARE"
          + " lock) and each index against use (ACCESS EXCLUSIVE lock) while it is rebuilt, which can stall"
          + " DDL, new connections and queries across the database.";
      help = "System catalog indexes cannot be rebuilt concurrently: run this outside migrations, in a"
          + " maintenance window.";
    }
    ctx.report(statement.span(), message).help(help);
  }
}
