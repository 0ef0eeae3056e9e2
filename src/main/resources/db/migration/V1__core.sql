-- The project's own tables. Runs on H2 2.x and PostgreSQL 15; the engine keeps its ACT_* tables itself.

-- 行政区划: province → city → county → township → village, codes as in the statistical division code.
CREATE TABLE org_unit (
  code        VARCHAR(12)  PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  level       VARCHAR(10)  NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
  parent_code VARCHAR(12)  REFERENCES org_unit (code)
);

-- 当地标准: per county, with the date each set of amounts takes effect.
CREATE TABLE local_standard (
  county_code     VARCHAR(6)    NOT NULL,
  effective_from  DATE          NOT NULL,
  urban_dibao     DECIMAL(12,2) NOT NULL CHECK (urban_dibao > 0),
  rural_dibao     DECIMAL(12,2) NOT NULL CHECK (rural_dibao > 0),
  minimum_wage    DECIMAL(12,2) NOT NULL CHECK (minimum_wage > 0),
  PRIMARY KEY (county_code, effective_from)
);

-- 低保 enrolments known to the province (this and other provinces), by keyed hash of the ID number.
CREATE TABLE dibao_enrolment (
  id_number_hash VARCHAR(64) NOT NULL,
  province_code  VARCHAR(2)  NOT NULL,
  county_code    VARCHAR(6)  NOT NULL,
  enrolled_from  DATE        NOT NULL,
  ended_on       DATE,
  PRIMARY KEY (id_number_hash, county_code, enrolled_from)
);

-- 临时救助信息管理系统: a person receives P1 assistance once within the province. The primary key is the
-- once-only rule itself, so two townships confirming at the same moment cannot both succeed.
CREATE TABLE once_per_province_grant (
  id_number_hash VARCHAR(64) PRIMARY KEY,
  business_key   VARCHAR(40) NOT NULL,
  township_code  VARCHAR(9)  NOT NULL,
  registered_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- 发放台账: one row per installment of a case; the key makes a retried payment a no-op.
CREATE TABLE payment (
  business_key  VARCHAR(40)   NOT NULL,
  installment   INT           NOT NULL CHECK (installment >= 1),
  amount        DECIMAL(12,2) NOT NULL CHECK (amount > 0),
  status        VARCHAR(20)   NOT NULL,
  applicant_ref VARCHAR(36)   NOT NULL,
  paid_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (business_key, installment)
);

-- 书面告知不予救助理由: the notice as issued, printable later.
CREATE TABLE refusal_notice (
  business_key   VARCHAR(40)   PRIMARY KEY,
  applicant_name VARCHAR(50)   NOT NULL,
  township_code  VARCHAR(9)    NOT NULL,
  reason         VARCHAR(4000) NOT NULL,
  issued_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- 存档备案: every closed case is filed with its township.
CREATE TABLE case_archive (
  business_key  VARCHAR(40) PRIMARY KEY,
  procedure_key VARCHAR(60) NOT NULL,
  township_code VARCHAR(9)  NOT NULL,
  outcome       VARCHAR(20) NOT NULL,
  filed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Readable case numbers (LSJZ-2026-000123), counted per prefix and year without gaps.
CREATE TABLE case_number_counter (
  prefix     VARCHAR(10) NOT NULL,
  counter_year INT       NOT NULL,
  last_value BIGINT      NOT NULL,
  PRIMARY KEY (prefix, counter_year)
);
