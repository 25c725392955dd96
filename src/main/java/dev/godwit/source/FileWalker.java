package dev.godwit.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds migration files under the paths a user names. Directories are walked recursively in name
 * order; below the path walked, hidden directories, build output, vendored code and test fixtures
 * ({@link #skipped}) are skipped; symbolic links are not followed (so a link loop or a link out of the
 * tree cannot surprise anyone). A path named explicitly is always taken, whatever its name.
 *
 * <p>Without a path or a configured folder, {@link #discover} finds the folders that look like the
 * migrations of a known format.
 */
public final class FileWalker {
  private static final Set<String> SKIPPED_DIRS = Set.of("node_modules", "target", "build", "__pycache__", "venv",
      "vendor", "testdata", "test-data", "test_data");
  /** Folders under which test fixtures live: {@code src/test}, {@code test/fixtures}, {@code tests/fixtures}. */
  private static final Set<String> TEST_PARENTS = Set.of("test", "tests", "spec");

  /**
   * Files Godwit reads: SQL scripts, Java sources (Flyway Java migrations and the base classes they
   * extend), Python files (Alembic revisions, migration scripts), Liquibase XML/YAML changelogs and
   * {@code sqitch.plan}. Which of the non-SQL files are migrations is decided by their content.
   */
  public static final Predicate<String> MIGRATION_FILE = name -> {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".sql") || n.endsWith(".py") || n.endsWith(".xml") || n.endsWith(".yaml")
        || n.endsWith(".yml") || n.equals("sqitch.plan") || n.endsWith(".java");
  };

  private FileWalker() {}

  /** A file found, or a path that could not be walked. */
  public record Found(Path path, String problem) {}

  public static List<Found> walk(Path root, Predicate<String> accept) {
    List<Found> out = new ArrayList<>();
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      out.add(new Found(root, "no such file or directory"));
      return out;
    }
    if (!Files.isDirectory(root)) {
      out.add(new Found(root, null));
      return out;
    }
    try {
      Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && skipped(dir)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && accept.test(file.getFileName().toString())) {
            out.add(new Found(file, null));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          out.add(new Found(file, "cannot read: " + e.getClass().getSimpleName()));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      out.add(new Found(root, "cannot walk directory: " + e.getMessage()));
    }
    out.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
    return out;
  }

  /**
   * True for a folder not read unless named or configured: hidden ones ({@code .git}), build output
   * ({@code target}, {@code build}), dependencies ({@code node_modules}, {@code vendor}, {@code venv}),
   * and test data ({@code src/test}, {@code test/fixtures}, {@code tests/fixtures}, {@code testdata}).
   */
  public static boolean skipped(Path dir) {
    Path fileName = dir.getFileName();
    if (fileName == null) {
      return false;
    }
    String name = fileName.toString();
    if (name.startsWith(".") || SKIPPED_DIRS.contains(name)) {
      return true;
    }
    Path parent = dir.getParent();
    String parentName = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    return name.equals("test") && parentName.equals("src")
        || name.equals("fixtures") && TEST_PARENTS.contains(parentName);
  }

  /** Folder names whose SQL, XML, YAML and Python files are migrations by convention. */
  private static final Set<String> MIGRATION_DIRS = Set.of("migration", "migrations", "migrate", "changelog",
      "changelogs", "versions");
  private static final java.util.regex.Pattern MIGRATION_NAME = java.util.regex.Pattern.compile(
      "^(?:[VU]\\d[0-9._]*__.*\\.(?:sql|java)|R__.*\\.sql|\\d+_.*\\.(?:up|down)\\.sql|sqitch\\.plan)$");
  private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^\\d+[_-].*\\.sql$");
  /** How much of a file {@link #discover} reads to recognise a format by content. */
  private static final int SNIFF = 4096;

  /**
   * The folders under {@code root} that look like migrations of a known format, outermost first, for a
   * run with no path and no configured folder: a folder holding a Flyway-, golang-migrate- or
   * sqitch-named file ({@code V1__x.sql}, {@code V2__X.java}, {@code 1_x.up.sql}, {@code sqitch.plan});
   * SQL, XML, YAML or Python files in a folder named like migrations ({@code migration(s)}, {@code migrate},
   * {@code changelog(s)}, Alembic's {@code versions}); numbered SQL files ({@code 0001_x.sql}, two or more,
   * or one beside a {@code rollback/} folder); or a file whose start says its format (a Liquibase
   * {@code databaseChangeLog}, {@code --liquibase formatted sql}, dbmate's {@code -- migrate:up}, an
   * Alembic {@code down_revision}). Folders {@link #skipped} are not searched, and a folder found is
   * not searched further (it is read whole).
   */
  public static List<Path> discover(Path root) {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return out;
    }
    try {
      Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && skipped(dir)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (looksLikeMigrations(dir)) {
            out.add(dir);
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // what could be walked is returned; the run then says what it searched
    }
    // a version sub-folder (db/migration/2.40/) belongs to the migrations folder above it, read whole
    List<Path> lifted = new ArrayList<>();
    for (Path dir : out) {
      Path top = dir;
      for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
        if (MIGRATION_DIRS.contains(d.getFileName().toString().toLowerCase(Locale.ROOT))) {
          top = d;
          break;
        }
      }
      lifted.add(top);
    }
    List<Path> distinct = new ArrayList<>();
    for (Path dir : lifted) {
      boolean covered = false;
      for (Path other : lifted) {
        covered |= !other.equals(dir) && dir.startsWith(other);
      }
      if (!covered && !distinct.contains(dir)) {
        distinct.add(dir);
      }
    }
    distinct.sort((a, b) -> a.toString().compareTo(b.toString()));
    return distinct;
  }

  /** Whether the files directly in {@code dir} look like the migrations of a known format. */
  static boolean looksLikeMigrations(Path dir) {
    List<Path> files = new ArrayList<>();
    boolean rollbackDir = false;
    try (var entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          files.add(p);
        } else if (name.equals("rollback") || name.equals("rollbacks")) {
          rollbackDir = true;
        }
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    Path dirName = dir.getFileName();
    boolean migrationFolder = dirName != null && MIGRATION_DIRS.contains(dirName.toString().toLowerCase(Locale.ROOT));
    int numbered = 0;
    List<Path> sniff = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String lower = name.toLowerCase(Locale.ROOT);
      if (MIGRATION_NAME.matcher(name).matches()) {
        return true;
      }
      boolean candidate = lower.endsWith(".sql") || lower.endsWith(".xml") || lower.endsWith(".yaml")
          || lower.endsWith(".yml") || lower.endsWith(".py");
      if (candidate && migrationFolder) {
        return true;
      }
      if (NUMBERED.matcher(name).matches()) {
        numbered++;
      }
      if (candidate) {
        sniff.add(f);
      }
    }
    if (numbered >= 2 || numbered == 1 && rollbackDir) {
      return true;
    }
    for (Path f : sniff) {
      if (formatByContent(f)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the start of the file names a migration format (see {@link #discover}). */
  private static boolean formatByContent(Path file) {
    byte[] head = new byte[SNIFF];
    int n = 0;
    try (var in = Files.newInputStream(file)) {
      for (int r; n < SNIFF && (r = in.read(head, n, SNIFF - n)) > 0; ) {
        n += r;
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    String text = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".sql")) {
      String t = text.toLowerCase(Locale.ROOT);
      return t.contains("--liquibase formatted sql") || t.contains("-- liquibase formatted sql")
          || t.contains("-- migrate:up");
    }
    if (lower.endsWith(".py")) {
      return text.contains("down_revision");
    }
    return text.contains("databaseChangeLog");
  }
}
