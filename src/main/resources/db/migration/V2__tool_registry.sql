-- The tool registry: one row per production tool, filled by onboarding and read by every other process.
-- Keys are never reused, so a retired tool keeps its row.
CREATE TABLE tool_registry (
  tool_key             VARCHAR(32)   NOT NULL,
  name                 VARCHAR(200)  NOT NULL,
  support_email        VARCHAR(254)  NOT NULL,
  team_leader_name     VARCHAR(200)  NOT NULL,
  team_leader_email    VARCHAR(254)  NOT NULL,
  team_leader_phone    VARCHAR(32),
  purpose              VARCHAR(4000) NOT NULL,
  licence              VARCHAR(64)   NOT NULL,
  provider             VARCHAR(200),
  source_code_url      VARCHAR(2000),
  documentation_url    VARCHAR(2000),
  category             VARCHAR(64),
  tool_url             VARCHAR(2000),
  gocdb_entry          VARCHAR(255),
  ggus_support_unit    VARCHAR(200),
  rt_category          VARCHAR(200),
  ola_link             VARCHAR(2000),
  wiki_page            VARCHAR(2000),
  security_policy_link VARCHAR(2000),
  otag                 BOOLEAN       NOT NULL,
  umd_distribution     BOOLEAN       NOT NULL,
  quality_of_support   VARCHAR(16)   NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  created_at           TIMESTAMP     NOT NULL,
  updated_at           TIMESTAMP     NOT NULL,
  CONSTRAINT pk_tool_registry PRIMARY KEY (tool_key),
  CONSTRAINT ck_tool_registry_status CHECK (status IN ('ONBOARDING', 'ACTIVE', 'RETIRED')),
  CONSTRAINT ck_tool_registry_qos CHECK (quality_of_support IN ('BASE', 'MEDIUM', 'ADVANCED'))
);

CREATE INDEX ix_tool_registry_status ON tool_registry (status);
