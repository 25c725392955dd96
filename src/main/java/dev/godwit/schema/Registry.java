package dev.godwit.schema;

import dev.godwit.model.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The objects of one kind (tables, indexes, enum types) keyed by {@code schema.name}, with a second index
 * by bare name (for the statements Godwit cannot interpret, which may touch any table of a name), and with
 * every change recorded
 * in the schema's {@link Journal} while one is open.
 */
final class Registry<T> {
  private final Function<T, QualifiedName> nameOf;
  private final Journal.Holder journal;
  private final LinkedHashMap<String, T> byKey = new LinkedHashMap<>();
  /** Bare name → the keys holding an object of that name. */
  private final Map<String, Set<String>> keysByName = new HashMap<>();
  /** Key → the bare name it was filed under (names of mutable objects may change while stored). */
  private final Map<String, String> nameOfKey = new HashMap<>();
  /** An optional second grouping (indexes by the bare name of their table); null when there is none. */
  private final Function<T, String> groupOf;
  private final Map<String, Set<String>> keysByGroup = new HashMap<>();
  private final Map<String, String> groupOfKey = new HashMap<>();

  Registry(Function<T, QualifiedName> nameOf, Journal.Holder journal) {
    this(nameOf, null, journal);
  }

  Registry(Function<T, QualifiedName> nameOf, Function<T, String> groupOf, Journal.Holder journal) {
    this.nameOf = nameOf;
    this.groupOf = groupOf;
    this.journal = journal;
  }

  boolean isEmpty() {
    return byKey.isEmpty();
  }

  T get(String key) {
    return byKey.get(key);
  }

  /**
   * The only object with this bare name in any schema, or null when there is none or several: the answer
   * for an unqualified name when the search_path is unknown.
   */
  T unique(String bare) {
    Set<String> keys = keysByName.get(bare);
    if (keys == null || keys.size() != 1) {
      return null;
    }
    return byKey.get(keys.iterator().next());
  }

  T put(String key, T value) {
    T old = byKey.put(key, value);
    if (old != null) {
      unfile(key);
    }
    String bare = nameOf.apply(value).name();
    nameOfKey.put(key, bare);
    keysByName.computeIfAbsent(bare, n -> new LinkedHashSet<>()).add(key);
    if (groupOf != null) {
      String group = groupOf.apply(value);
      groupOfKey.put(key, group);
      keysByGroup.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(key);
    }
    Journal j = journal.current;
    if (j != null) {
      j.record(old == null ? () -> remove(key) : () -> put(key, old));
    }
    return old;
  }

  T remove(String key) {
    T old = byKey.remove(key);
    if (old != null) {
      unfile(key);
      Journal j = journal.current;
      if (j != null) {
        j.record(() -> put(key, old));
      }
    }
    return old;
  }

  private void unfile(String key) {
    unfile(key, nameOfKey, keysByName);
    if (groupOf != null) {
      unfile(key, groupOfKey, keysByGroup);
    }
  }

  private static void unfile(String key, Map<String, String> label, Map<String, Set<String>> keysByLabel) {
    String l = label.remove(key);
    Set<String> keys = l == null ? null : keysByLabel.get(l);
    if (keys != null) {
      keys.remove(key);
      if (keys.isEmpty()) {
        keysByLabel.remove(l);
      }
    }
  }

  /** The objects with this bare name, in any schema. */
  List<T> named(String bare) {
    return objects(keysByName.get(bare));
  }

  /** The objects of one group (see the constructor), in the order they were stored. */
  List<T> group(String group) {
    return objects(keysByGroup.get(group));
  }

  private List<T> objects(Set<String> keys) {
    if (keys == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>(keys.size());
    for (String k : keys) {
      out.add(byKey.get(k));
    }
    return out;
  }

  /** A snapshot of the keys of one group, safe to iterate while changing the registry. */
  List<String> groupKeys(String group) {
    return List.copyOf(keysByGroup.getOrDefault(group, Set.of()));
  }

  /** Removes the objects of one group that match. */
  void removeIf(String group, Predicate<T> p) {
    List<String> gone = new ArrayList<>();
    for (String k : keysByGroup.getOrDefault(group, Set.of())) {
      if (p.test(byKey.get(k))) {
        gone.add(k);
      }
    }
    gone.forEach(this::remove);
  }

  void removeKeysIf(Predicate<String> p) {
    List<String> gone = new ArrayList<>();
    for (String k : byKey.keySet()) {
      if (p.test(k)) {
        gone.add(k);
      }
    }
    gone.forEach(this::remove);
  }
}
