package dev.godwit.format;

import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.TxMode;
import java.util.List;

/**
 * One migration tool's conventions: which files are its migrations, how they group into migrations and in
 * what order the tool applies them, and how it runs each script with respect to transactions.
 *
 * <p>{@link ProjectReader} offers the files of one root to each format in turn ({@link ProjectReader#FORMATS});
 * each takes its own out of the pool, so a later format never sees a file an earlier one read.
 */
interface MigrationFormat {
  /** The format of the migrations it reads (Flyway reads Java classes too, as {@link Format#FLYWAY_JAVA}). */
  Format kind();

  /**
   * The files of {@code pool} (the files of one root that no earlier format took, in path order) that are
   * this format's: by name, content, neighbours (a sqitch plan), or because the user forced the format on them.
   */
  List<Entry> detect(List<Entry> pool, Reading r);

  /** The migrations of the files it took, in the tool's apply order. */
  List<Migration> read(List<Entry> mine, Reading r);

  /**
   * Why a file it took holds no migration, for the report's list of files; null when the file is the
   * format's but no migration by nature (a sqitch plan or verify script), and is not listed.
   */
  default String noMigration(Entry e) {
    return "read as " + kind().id() + ", but Godwit found no migration in it";
  }

  /**
   * How the tool runs a script unless the script or its configuration says otherwise (a marker, an
   * attribute, a {@code .conf} file, a statement that cannot run in a transaction), and why.
   */
  TxModel transactions(ReadOptions options);

  /**
   * A transaction model: the mode and the sentence that explains it in messages.
   *
   * @param reason "Flyway runs each migration in a transaction"
   */
  record TxModel(TxMode mode, String reason) {}
}
