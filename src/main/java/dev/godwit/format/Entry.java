package dev.godwit.format;

import dev.godwit.model.SourceFile;
import java.nio.file.Path;

/** A file found under a root and read as text: where it lies on disk, and its content. */
public record Entry(Path path, SourceFile file) {
  /** The absolute folder holding the file ("" when unknown). */
  public String folder() {
    Path p = path.toAbsolutePath().normalize().getParent();
    return p == null ? "" : p.toString();
  }

  public String name() {
    return file.name();
  }

  public String text() {
    return file.text();
  }
}
