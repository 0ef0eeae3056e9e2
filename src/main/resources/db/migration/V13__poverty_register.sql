-- 建档立卡/脱贫·监测 register: the poverty-alleviation department's list of registered poor people (POOR: not yet
-- lifted out, fallen back or newly poor) and of people lifted out of poverty or monitored against falling back
-- (MONITORED), each with the capacity to work the list records. Read by P2 (direct grant to confirmed patients)
-- and 低保 (no economic check for poor people who lost the capacity to work). Like register_enrolment, open_key
-- holds the person's hash while the entry is open, and the unique index keeps one open entry per person and
-- province under concurrent imports.
CREATE TABLE poverty_register (
  id_number_hash  VARCHAR(64) NOT NULL,
  category        VARCHAR(9)  NOT NULL,
  work_capacity   VARCHAR(7)  NOT NULL,
  province_code   VARCHAR(2)  NOT NULL,
  county_code     VARCHAR(6)  NOT NULL,
  registered_from DATE        NOT NULL,
  ended_on        DATE,
  open_key        VARCHAR(64),
  PRIMARY KEY (id_number_hash, category, county_code, registered_from),
  CONSTRAINT ck_poverty_category CHECK (category IN ('POOR', 'MONITORED')),
  CONSTRAINT ck_poverty_work_capacity CHECK (work_capacity IN ('FULL', 'PARTIAL', 'NONE')),
  CONSTRAINT ck_poverty_open_key CHECK (open_key IS NULL OR (ended_on IS NULL AND open_key = id_number_hash))
);
CREATE UNIQUE INDEX ux_poverty_register_open ON poverty_register (open_key, province_code);
CREATE INDEX idx_poverty_register_hash ON poverty_register (id_number_hash);
