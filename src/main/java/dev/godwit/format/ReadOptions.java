package dev.godwit.format;

/**
 * How to read migrations.
 *
 * @param assumeInTransaction for formats that leave it open (plain SQL): run each script as if the
 *     tool wrapped it in a transaction
 * @param pgVersion target PostgreSQL major (Flyway's transaction decision depends on it)
 * @param threads parallelism for reading and parsing (1: on the calling thread)
 */
public record ReadOptions(boolean assumeInTransaction, int pgVersion, int threads) {
  public static ReadOptions defaults() {
    return new ReadOptions(false, 18, 1);
  }
}
