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
 * order; hidden directories and build output are skipped; symbolic links are not followed (so a link
 * loop or a link out of the tree cannot surprise anyone). A path named explicitly is always taken.
 */
public final class FileWalker {
  private static final Set<String> SKIPPED_DIRS = Set.of("node_modules", "target", "build", "__pycache__", "venv");

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
          if (!dir.equals(root)) {
            String name = dir.getFileName().toString();
            if (name.startsWith(".") || SKIPPED_DIRS.contains(name)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
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
}
