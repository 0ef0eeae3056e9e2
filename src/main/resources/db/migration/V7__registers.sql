-- 低保 and 特困 registers in one table: the 低保 enrolments kept, each now with its type. While an entry is open
-- (no ended_on) open_key holds the person's hash; the unique index on (open_key, province_code) is the rule that
-- a person is enrolled once in a province, and it holds under concurrent enrolments on any node. Closed
-- entries have no open_key, and unique indexes let NULLs repeat on H2 and PostgreSQL alike.
ALTER TABLE dibao_enrolment RENAME TO register_enrolment;
ALTER TABLE register_enrolment ADD COLUMN register_type VARCHAR(5) DEFAULT 'DIBAO' NOT NULL;
ALTER TABLE register_enrolment ADD CONSTRAINT ck_register_type CHECK (register_type IN ('DIBAO', 'TEKUN'));
ALTER TABLE register_enrolment ADD COLUMN open_key VARCHAR(64);
ALTER TABLE register_enrolment ADD CONSTRAINT ck_open_key_only_while_open
  CHECK (open_key IS NULL OR (ended_on IS NULL AND open_key = id_number_hash));

-- An earlier open entry of the same person in the same province (the old key allowed one per county) stays
-- as it was, readable by every check, without the key: only the latest open one takes it.
UPDATE register_enrolment SET open_key = id_number_hash
WHERE ended_on IS NULL AND NOT EXISTS (
  SELECT 1 FROM register_enrolment later
  WHERE later.id_number_hash = register_enrolment.id_number_hash
    AND later.province_code = register_enrolment.province_code
    AND later.ended_on IS NULL
    AND (later.enrolled_from > register_enrolment.enrolled_from
      OR later.enrolled_from = register_enrolment.enrolled_from AND later.county_code > register_enrolment.county_code));

CREATE UNIQUE INDEX ux_register_enrolment_open ON register_enrolment (open_key, province_code);
CREATE INDEX idx_register_enrolment_hash ON register_enrolment (id_number_hash);
