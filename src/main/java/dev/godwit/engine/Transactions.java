package dev.godwit.engine;

import dev.godwit.model.Node;
import dev.godwit.model.Script;
import dev.godwit.model.Statement;
import dev.godwit.model.StatementTx;
import dev.godwit.model.TxMode;
import dev.godwit.rule.TxState;
import java.util.ArrayList;
import java.util.List;

/** Works out, statement by statement, whether a script is inside a transaction block. */
final class Transactions {
  private Transactions() {}

  static List<TxState> states(Script script) {
    if (!script.statementTx().isEmpty()) {
      // the reader decided statement by statement (its own BEGIN and COMMIT included)
      List<TxState> out = new ArrayList<>(script.statementTx().size());
      for (StatementTx t : script.statementTx()) {
        out.add(new TxState(t.inTransaction(), t.explicit(), t.reason(), t.block()));
      }
      return out;
    }
    List<TxState> out = new ArrayList<>(script.statements().size());
    boolean tool = Linter.toolTransaction(script);
    TxState toolState = new TxState(true, false, script.txReason());
    TxState explicit = null;
    var lines = script.file().lines();
    for (Statement st : script.statements()) {
      TxState now = explicit != null ? explicit : tool ? toolState : new TxState(false, false, script.txReason());
      out.add(now);
      if (st.node() instanceof Node.Transaction t) {
        switch (t.kind()) {
          case BEGIN -> {
            if (explicit == null) {
              explicit = new TxState(true, true,
                  "the BEGIN at line " + lines.line(st.span().start()) + " opened a transaction block");
            }
          }
          case COMMIT, ROLLBACK, PREPARE -> {
            explicit = null;
            if (script.txMode() == TxMode.WRAPPED) {
              tool = false;
            }
          }
          default -> { }
        }
      }
    }
    return out;
  }
}
