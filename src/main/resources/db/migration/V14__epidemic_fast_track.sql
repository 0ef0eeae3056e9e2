-- 疫情结束: a county's epidemic ends once, declared by its own staff or an admin. The key makes a second or
-- concurrent declaration for the same county fail instead of recording two ends.
CREATE TABLE epidemic_end (
  county_code  VARCHAR(6)   PRIMARY KEY,
  ended_on     DATE         NOT NULL,
  basis        VARCHAR(200) NOT NULL,
  declared_by  VARCHAR(64)  NOT NULL,
  declared_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  business_key VARCHAR(40)  NOT NULL
);

-- 三级备档 of the epidemic fast track (001 §12): the case filed separately with its village, township and
-- county, one row per level.
CREATE TABLE fast_track_archive (
  business_key VARCHAR(40) NOT NULL,
  archive_level VARCHAR(10) NOT NULL CHECK (archive_level IN ('VILLAGE', 'TOWNSHIP', 'COUNTY')),
  unit_code    VARCHAR(12) NOT NULL,
  filed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (business_key, archive_level)
);

-- 追回: a fast-track case whose commitment the full formalities found untrue; one per case.
CREATE TABLE fast_track_recovery (
  business_key   VARCHAR(40)   PRIMARY KEY,
  county_code    VARCHAR(6)    NOT NULL,
  amount         DECIMAL(12,2) NOT NULL CHECK (amount >= 0),
  refusal_reason VARCHAR(4000) NOT NULL,
  liability_note VARCHAR(2000) NOT NULL,
  recorded_by    VARCHAR(64)   NOT NULL,
  recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
