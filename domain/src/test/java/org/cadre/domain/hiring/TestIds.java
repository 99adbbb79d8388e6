package org.cadre.domain.hiring;

import java.lang.reflect.Field;

/** Gives entities the ids the database would, for rules that relate them by id. */
final class TestIds {

  private TestIds() {}

  static <T> T assign(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
