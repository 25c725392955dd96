package dev.godwit.format;

import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.TxMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Alembic revisions ({@link Alembic}): Python modules with {@code down_revision} and {@code def upgrade},
 * ordered by their {@code down_revision} links. Alembic runs each revision in a transaction on PostgreSQL
 * (transactional DDL), except what an {@code autocommit_block()} holds.
 */
final class AlembicFormat implements MigrationFormat {
  @Override
  public Format kind() {
    return Format.ALEMBIC;
  }

  @Override
  public TxModel transactions(ReadOptions options) {
    return new TxModel(TxMode.WRAPPED, Alembic.TX);
  }

  @Override
  public List<Entry> detect(List<Entry> pool, Reading r) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : pool) {
      // env.py is Alembic's, though no migration: the revisions read it for their transaction settings
      if (Reading.hasExtension(e, ".py") && (Alembic.isEnv(e) || Alembic.detect(e))) {
        out.add(e);
      }
    }
    return out;
  }

  @Override
  public String noMigration(Entry e) {
    return Alembic.isEnv(e) ? "Alembic's env.py: no migration, read for the revisions' transaction settings" : null;
  }

  @Override
  public List<Migration> read(List<Entry> mine, Reading r) {
    List<Alembic.Rev> revs = new ArrayList<>();
    for (Entry e : mine) {
      if (Alembic.isEnv(e)) {
        continue;
      }
      Alembic.Rev[] rev = new Alembic.Rev[1];
      r.safely(e, () -> {
        rev[0] = Alembic.revision(e);
        return List.of();
      });
      if (rev[0] != null) {
        revs.add(rev[0]);
      }
    }
    return Alembic.order(revs);
  }
}
