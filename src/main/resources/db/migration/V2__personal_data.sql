-- Applicants' ID and bank account numbers, encrypted by the application (AES-256-GCM).
-- The workflow engine's tables only ever see the ref and masked values.
CREATE TABLE applicant_personal_data (
  ref                 VARCHAR(36)  PRIMARY KEY,
  -- keyed HMAC-SHA256 of the normalised ID number: finds a person's other applications without decrypting
  id_number_hash      VARCHAR(64)  NOT NULL,
  id_number_cipher    VARCHAR(200) NOT NULL,
  bank_account_cipher VARCHAR(200),
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX idx_applicant_personal_data_id_number_hash ON applicant_personal_data (id_number_hash);
