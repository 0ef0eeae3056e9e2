package org.jiuzhu.deployment;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.query.Query;

/** Every row of a query, a page at a time: the engine refuses an authenticated user an unpaged list. */
public final class Paged {

  private static final int PAGE = 500;

  private Paged() {
  }

  public static <T> List<T> all(Query<?, T> query) {
    List<T> rows = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<T> page = query.listPage(first, PAGE);
      rows.addAll(page);
      if (page.size() < PAGE) {
        return rows;
      }
    }
  }
}
