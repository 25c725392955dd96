package dev.godwit.rule;

import dev.godwit.model.Node;
import dev.godwit.model.Statement;

/** A rule that looks at one statement at a time, of one node type; the engine dispatches by type. */
public abstract class StatementRule<T extends Node> implements Rule {
  private final Class<T> target;

  protected StatementRule(Class<T> target) {
    this.target = target;
  }

  public final Class<T> target() {
    return target;
  }

  /** Called by the engine for every statement whose node is a {@code T}. */
  public final void visit(Statement statement, RuleContext ctx) {
    check(target.cast(statement.node()), statement, ctx);
  }

  protected abstract void check(T node, Statement statement, RuleContext ctx);
}
