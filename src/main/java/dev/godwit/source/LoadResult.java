package dev.godwit.source;

import dev.godwit.model.FileProblem;
import dev.godwit.model.SourceFile;

/** Either a readable file or the reason it could not be read. */
public record LoadResult(SourceFile file, FileProblem problem) {
  public boolean ok() {
    return file != null;
  }
}
