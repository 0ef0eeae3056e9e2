package org.jiuzhu.registry;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 低保 enrolments of this and other provinces, looked up by keyed hash of the ID number. */
@Repository
public class DibaoRegistry {

  private final JdbcClient jdbc;

  public DibaoRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean enrolledAnywhereOn(String idNumberHash, LocalDate day) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM dibao_enrolment
            WHERE id_number_hash = ? AND enrolled_from <= ? AND (ended_on IS NULL OR ended_on >= ?)""")
        .params(idNumberHash, day, day)
        .query(Long.class)
        .single() > 0;
  }

  public void enrol(String idNumberHash, String provinceCode, String countyCode, LocalDate from) {
    jdbc.sql("INSERT INTO dibao_enrolment (id_number_hash, province_code, county_code, enrolled_from) VALUES (?, ?, ?, ?)")
        .params(idNumberHash, provinceCode, countyCode, from)
        .update();
  }
}
