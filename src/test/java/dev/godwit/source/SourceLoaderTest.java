package dev.godwit.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceLoaderTest {
  @Test
  void dropsTheByteOrderMarkAndKeepsCrlf() {
    byte[] bytes = "\ufeffSELECT 1;\r\n".getBytes(StandardCharsets.UTF_8);
    LoadResult r = SourceLoader.decode(bytes, "a.sql");
    assertThat(r.ok()).isTrue();
    assertThat(r.file().text()).isEqualTo("SELECT 1;\r\n");
  }

  @Test
  void invalidUtf8SaysWhichByteAndWhere() {
    byte[] bytes = "SELECT 1;\nSELECT 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1);
    LoadResult r = SourceLoader.decode(bytes, "a.sql");
    assertThat(r.ok()).isFalse();
    assertThat(r.problem().message()).contains("not valid UTF-8").contains("0xE9").contains("line 2, column 12");
  }

  @Test
  void nulBytesMakeABinaryFile() {
    LoadResult r = SourceLoader.decode(new byte[] {'S', 0, 'x'}, "a.sql");
    assertThat(r.problem().message()).startsWith("binary file").contains("line 1, column 2");
  }

  @Test
  void truncatedSequenceAtTheEndIsInvalid() {
    LoadResult r = SourceLoader.decode(new byte[] {'a', (byte) 0xE2, (byte) 0x82}, "a.sql");
    assertThat(r.problem().message()).contains("0xE2");
  }
}
