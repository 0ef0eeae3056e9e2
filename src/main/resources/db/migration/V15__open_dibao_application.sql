-- The people of every open 低保、特困 application (dibao-application, dibao-fast-track): one row per person while
-- their case runs, written at the start and deleted when the case ends. The primary key makes two starts for the
-- same person at once serialise: exactly one of them opens. A regular application that a fast-track case starts
-- for the same household (its formalities) runs under the fast-track case's rows.
CREATE TABLE open_dibao_application (
  id_number_hash VARCHAR(64)              NOT NULL PRIMARY KEY,
  business_key   VARCHAR(64)              NOT NULL,
  opened_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_open_dibao_application_case ON open_dibao_application (business_key);
