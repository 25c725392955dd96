package dev.godwit.report;

import dev.godwit.engine.LintResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Renders a {@link LintResult} in one output format. Implementations are stateless; they write to
 * {@code out} only (never to the process streams) and do not close it. Lines end with {@code \n}.
 */
public interface Reporter {
  void report(LintResult result, ReportContext ctx, Writer out) throws IOException;
}
