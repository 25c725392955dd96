package dev.godwit.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.godwit.model.Migration;
import dev.godwit.model.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Alembic revisions are applied in down_revision order, whatever their file names. */
class AlembicOrderTest {
  private static Alembic.Rev rev(String name, String revision, String down) {
    String text = "revision = '" + revision + "'\ndown_revision = " + down + "\n\ndef upgrade():\n    pass\n";
    return Alembic.revision(new Entry(Path.of(name), new SourceFile(name, text)));
  }

  @Test
  void followsTheRevisionChainAndWaitsForEveryBranchOfAMerge() {
    List<Alembic.Rev> revs = List.of(
        rev("0a_merge.py", "m", "('b1', 'c1')"),
        rev("1b_branch.py", "b1", "'r'"),
        rev("2c_other.py", "c1", "'r'"),
        rev("9z_root.py", "r", "None"));
    List<Migration> ordered = Alembic.order(revs);
    assertThat(ordered).extracting(Migration::version).containsExactly("r", "b1", "c1", "m");
    assertThat(revs.get(0).downRevisions()).containsExactly("b1", "c1");
  }
}
