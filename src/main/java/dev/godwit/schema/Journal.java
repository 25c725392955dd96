package dev.godwit.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The undo log of a {@link Schema} between {@link Schema#beginTrial()} and {@link Schema#endTrial()}:
 * each change records how to take it back, and a table changed in place is saved once before its first
 * change. Undoing costs what the trial changed, not the size of the schema.
 */
final class Journal {
  private final List<Runnable> undo = new ArrayList<>();
  private final Set<Table> saved = Collections.newSetFromMap(new IdentityHashMap<>());
  final int migration;

  Journal(int migration) {
    this.migration = migration;
  }

  void record(Runnable r) {
    undo.add(r);
  }

  /** Call before changing {@code t} in place. */
  void save(Table t) {
    if (saved.add(t)) {
      Table before = t.copy();
      undo.add(() -> t.restore(before));
    }
  }

  /** Takes every recorded change back, newest first. */
  void undo() {
    for (int i = undo.size() - 1; i >= 0; i--) {
      undo.get(i).run();
    }
  }

  /** Where a schema's registries find the open journal, if any. */
  static final class Holder {
    Journal current;
  }
}
