-- The unit in whose name a refusal was decided (the county when the county refused). Notices issued before
-- this column existed were the township's.
ALTER TABLE refusal_notice ADD COLUMN deciding_unit_code VARCHAR(12);

-- Applicants' materials as scanned files (PDF, JPEG, PNG), kept with the case for as long as its archive: never
-- changed or deleted; the type is the one its content shows.
CREATE TABLE case_material (
  id            VARCHAR(36)  PRIMARY KEY,
  business_key  VARCHAR(40)  NOT NULL,
  kind          VARCHAR(30)  NOT NULL,
  file_name     VARCHAR(200) NOT NULL,
  content_type  VARCHAR(30)  NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  sha256        VARCHAR(64)  NOT NULL,
  content       BYTEA        NOT NULL,
  uploaded_by   VARCHAR(64)  NOT NULL,
  uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_case_material_case ON case_material (business_key, uploaded_at);
-- The same file is kept once per case, however often it is sent (a double click, a retry).
CREATE UNIQUE INDEX uq_case_material_content ON case_material (business_key, sha256);
