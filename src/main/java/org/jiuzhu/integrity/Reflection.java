package org.jiuzhu.integrity;

import java.lang.reflect.Field;

/**
 * Reads and writes the fields of the engine's command objects, which expose no getters for what a guard must
 * see (the variables of a completion, the builder of a start). Tests pin each field the guards use, so an
 * engine upgrade that renames one fails the build instead of opening a hole.
 */
final class Reflection {

  private Reflection() {
  }

  @SuppressWarnings("unchecked")
  static <T> T read(Object target, String name) {
    try {
      return (T) field(target.getClass(), name).get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  static void write(Object target, String name, Object value) {
    try {
      field(target.getClass(), name).set(target, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException notHere) {
        // look in the superclass
      }
    }
    throw new IllegalStateException(type.getName() + " has no field " + name + ": engine version changed?");
  }
}
